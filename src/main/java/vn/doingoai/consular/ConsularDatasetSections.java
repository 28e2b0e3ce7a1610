package vn.doingoai.consular;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.dataset.DatasetSection;

/** The four consular sections of the dataset document (80–83), each imported by ref. */
@Configuration(proxyBeanMethods = false)
class ConsularDatasetSections {

    @Bean
    DatasetSection<EntryApprovalData> entryApprovalsSection(EntryApprovals book) {
        return book.section("entryApprovals", 80, EntryApprovalData.class);
    }

    @Bean
    DatasetSection<CitizenSupportData> citizenSupportSection(CitizenSupports book) {
        return book.section("citizenSupport", 81, CitizenSupportData.class);
    }

    @Bean
    DatasetSection<PressVisitData> pressVisitsSection(PressVisits book) {
        return book.section("pressVisits", 82, PressVisitData.class);
    }

    @Bean
    DatasetSection<ProtectionCaseData> protectionCasesSection(ProtectionCases book) {
        return book.section("protectionCases", 83, ProtectionCaseData.class);
    }
}
