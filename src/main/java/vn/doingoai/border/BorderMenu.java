package vn.doingoai.border;

import org.springframework.stereotype.Component;

/**
 * For the layout's menu ({@code ${@borderMenu.offered()}}): the border is offered only to users whose
 * unit, or a unit in whose scope, lies on the border.
 */
@Component("borderMenu")
public class BorderMenu {

    private final BorderUnits units;

    BorderMenu(BorderUnits units) {
        this.units = units;
    }

    public boolean offered() {
        return units.offered();
    }
}
