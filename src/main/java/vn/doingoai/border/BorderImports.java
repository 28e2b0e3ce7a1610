package vn.doingoai.border;

import java.util.Collection;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;

/**
 * The border's sections of the dataset document, imported by ref: {@code borderGates} (order 88),
 * {@code borderIncidents} (89, after the gates they name). An item
 * of a unit without a border is refused at its {@code unit}.
 */
@Component
class BorderImports {

    private final BorderGateRepository gateRepository;
    private final BorderGates gates;
    private final BorderUnits borderUnits;

    BorderImports(BorderGateRepository gateRepository, BorderGates gates, BorderUnits borderUnits) {
        this.gateRepository = gateRepository;
        this.gates = gates;
        this.borderUnits = borderUnits;
    }

    @Bean
    DatasetSection<BorderGateData> borderGatesSection() {
        return DatasetSection.of(
                "borderGates",
                88,
                BorderGateData.class,
                (items, context) -> RefImport.run(items, context, gateRepository, new GateRun()),
                gates::exportAll);
    }

    /** The border rule, reported at the item's unit (the import's own unit check keeps the others). */
    private void checkBorder(int index, String unit, ImportContext context) {
        borderUnits.check(unit).ifPresent(p -> context.problem(index, p.field(), p.message()));
    }

    private final class GateRun implements RefImport.Records<BorderGateData, BorderGate, Void> {

        @Override
        public Void check(int index, BorderGateData item, ImportContext context) {
            context.report(index, gates.validate(item));
            checkBorder(index, item.unit(), context);
            return null;
        }

        @Override
        public Function<BorderGate, Object> snapshots(Collection<BorderGate> existing) {
            return g -> BorderGateData.of(g, false);
        }

        @Override
        public BorderGate create() {
            return new BorderGate();
        }

        @Override
        public void write(BorderGate g, BorderGateData item, Void checked) {
            g.apply(item);
        }

        @Override
        public Object written(BorderGate g, Void checked) {
            return BorderGateData.of(g, false);
        }
    }
}
