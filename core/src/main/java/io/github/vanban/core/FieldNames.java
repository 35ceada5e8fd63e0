package io.github.vanban.core;

import java.util.Map;

/**
 * Tên trường dữ liệu — the external (JSON and XML) name of every record component of the model. Names follow
 * the national metadata vocabulary (Phụ lục VI of Nghị định 30/2020/NĐ-CP, the words edXML uses) where it has a
 * word; every other component keeps its Java name. Readers, writers and validation reports (JSON pointers) all
 * take their names from here, so they always agree.
 */
public final class FieldNames {

    private static final Map<String, String> RENAMES = Map.ofEntries(
            Map.entry("Organization.name", "organName"),
            Map.entry("Organization.parentName", "organizationInCharge"),
            Map.entry("DocumentNumber.number", "codeNumber"),
            Map.entry("DocumentNumber.notation", "codeNotation"),
            Map.entry("PlaceAndDate.date", "issuedDate"),
            Map.entry("Header.urgency", "priority"),
            Map.entry("Header.circulation", "sphereOfPromulgation"),
            Map.entry("Closing.signature", "signer"),
            Map.entry("Recipients.distribution", "toPlaces"),
            Map.entry("DrafterMark.initials", "typerNotation"),
            Map.entry("DrafterMark.copies", "promulgationAmount"),
            Map.entry("Body.appendices", "appendixes"));

    private FieldNames() {
    }

    /**
     * Returns the external name of a record component.
     *
     * @param owner the record class, e.g. {@code DocumentNumber.class}
     * @param component the component's Java name, e.g. {@code "number"}
     * @return the JSON/XML name, e.g. {@code "codeNumber"}
     */
    public static String external(Class<?> owner, String component) {
        return RENAMES.getOrDefault(owner.getSimpleName() + "." + component, component);
    }

    /** @return every rename, keyed "SimpleClassName.component", for documentation and tests */
    public static Map<String, String> renames() {
        return RENAMES;
    }
}
