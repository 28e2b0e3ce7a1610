package vn.doingoai.border;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.RefImport;

/** The {@code friendshipPairs} section of the dataset document (order 90), imported by ref. */
@Component
class FriendshipPairImport {

    @Bean
    DatasetSection<FriendshipPairData> friendshipPairsSection(
            FriendshipPairRepository repository, FriendshipPairBook pairs, BorderUnits borderUnits) {
        return DatasetSection.of(
                "friendshipPairs",
                90,
                FriendshipPairData.class,
                (items, context) -> RefImport.run(items, context, repository, new BorderRecords<>(pairs, borderUnits)),
                pairs::exportAll);
    }
}
