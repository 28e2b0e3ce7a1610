/**
 * The organisation units: the country ({@code VN}), its provinces before and after the 2025
 * merger, and the agencies and communes that users add under a province. {@link
 * vn.doingoai.unit.Units} answers the one question every module asks: which units does a report
 * (or a user's view) on unit X include — X, the units under it and the units merged into it,
 * recursively.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "config"})
package vn.doingoai.unit;
