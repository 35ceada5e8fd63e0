package io.github.vanban.formats.internal.text;

import io.github.vanban.core.text.VietnameseText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Họ người Việt: the Vietnamese family names of the resource {@code surnames.txt}, for reading the signer's name
 * (họ tên người ký, ô 7c; Phụ lục I, II.7.c of Nghị định 30/2020/NĐ-CP) when the OCR lost its first letter.
 */
final class Surnames {

    private static final String RESOURCE = "surnames.txt";
    /** Comparison key (case and tone placement folded) to the surname as written. */
    private static final Map<String, String> BY_KEY = load();
    /** The first letters of the known surnames, in capitals. */
    private static final Set<String> INITIALS = initials();

    private Surnames() {
    }

    /** @return {@code true} when the syllable is a known surname, in any case and tone placement */
    static boolean isSurname(String syllable) {
        return BY_KEY.containsKey(VietnameseText.comparisonKey(syllable));
    }

    /**
     * The surname a syllable is when one letter was lost before it: "oàng" gives "Hoàng", "guyễn" gives "Nguyễn".
     *
     * @param syllable the syllable as read
     * @return the one known surname that prefixing a single letter gives; empty when none or more than one does
     *         ("ương" could be Lương or Dương), or when the syllable is a surname already
     */
    static Optional<String> withLostInitial(String syllable) {
        if (syllable.isEmpty() || isSurname(syllable)) {
            return Optional.empty();
        }
        Set<String> found = new LinkedHashSet<>();
        for (String initial : INITIALS) {
            String surname = BY_KEY.get(VietnameseText.comparisonKey(initial + syllable));
            if (surname != null) {
                found.add(surname);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static Map<String, String> load() {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = Surnames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the formats module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = VietnameseText.nfc(line.strip());
                if (!name.isEmpty() && !name.startsWith("#")) {
                    map.put(VietnameseText.comparisonKey(name), name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(map);
    }

    private static Set<String> initials() {
        Set<String> set = new LinkedHashSet<>();
        for (String name : BY_KEY.values()) {
            set.add(name.substring(0, Character.charCount(name.codePointAt(0))));
        }
        return Set.copyOf(set);
    }
}
