package io.github.vanban.core.reference;

import io.github.vanban.core.text.VietnameseText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Danh mục đơn vị hành chính theo thời gian (for the địa danh of ô 4; Phụ lục I, II.4 of Nghị định
 * 30/2020/NĐ-CP) — the Vietnamese administrative units by date: 63 provinces until
 * 2025-06-11 and 34 from 2025-06-12, districts until 2025-06-30, communes from 2025-07-01. It answers "which
 * unit was called X on date D", tolerant of case and tone-mark placement ("Hòa Bình"/"Hoà Bình") and of a
 * leading kind word ("tỉnh Thái Bình", "Thành phố Hà Nội", "TP. Hồ Chí Minh").
 *
 * <p>The data ship as resources of vanban-core, are loaded once on first use, and are immutable; the instance
 * is thread-safe.
 */
public final class AdministrativeUnits {

    /** Kind words that may precede a name, longest first, with the unit kinds each one can stand for. */
    private static final List<Map.Entry<String, Set<String>>> KIND_WORDS = List.of(
            Map.entry("thành phố trực thuộc trung ương", Set.of("thanh_pho_truc_thuoc_trung_uong")),
            Map.entry("thành phố", Set.of("thanh_pho_truc_thuoc_trung_uong", "thanh_pho")),
            Map.entry("tp.", Set.of("thanh_pho_truc_thuoc_trung_uong", "thanh_pho")),
            Map.entry("tp", Set.of("thanh_pho_truc_thuoc_trung_uong", "thanh_pho")),
            Map.entry("tỉnh", Set.of("tinh")),
            Map.entry("quận", Set.of("quan")),
            Map.entry("huyện", Set.of("huyen")),
            Map.entry("thị xã", Set.of("thi_xa")),
            Map.entry("phường", Set.of("phuong")),
            Map.entry("xã", Set.of("xa")),
            Map.entry("đặc khu", Set.of("dac_khu")),
            Map.entry("thị trấn", Set.of("thi_tran")));

    /** A name to look up, and the unit kinds its leading kind word allows ({@code null}: any kind). */
    private record Key(String name, @Nullable Set<String> kinds) {
    }

    private static final class Holder {
        static final AdministrativeUnits INSTANCE = new AdministrativeUnits();
    }

    private final List<AdministrativeUnit> units;
    private final Map<String, List<AdministrativeUnit>> byNameKey;

    private AdministrativeUnits() {
        List<AdministrativeUnit> all = new ArrayList<>();
        load("provinces-2008-2025.csv", AdministrativeUnit.Level.PROVINCE, all);
        load("provinces-2025.csv", AdministrativeUnit.Level.PROVINCE, all);
        load("districts-2008-2025.csv", AdministrativeUnit.Level.DISTRICT, all);
        load("communes-2025.csv", AdministrativeUnit.Level.COMMUNE, all);
        this.units = List.copyOf(all);
        Map<String, List<AdministrativeUnit>> index = new HashMap<>();
        for (AdministrativeUnit u : all) {
            index.computeIfAbsent(VietnameseText.comparisonKey(u.name()), k -> new ArrayList<>()).add(u);
            String fullKey = VietnameseText.comparisonKey(u.fullName());
            if (!fullKey.equals(VietnameseText.comparisonKey(u.name()))) {
                index.computeIfAbsent(fullKey, k -> new ArrayList<>()).add(u);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byNameKey = Map.copyOf(index);
    }

    /** @return the shared instance, loaded on first use */
    public static AdministrativeUnits standard() {
        return Holder.INSTANCE;
    }

    /** @return every unit in every period */
    public List<AdministrativeUnit> all() {
        return units;
    }

    /**
     * Finds the units that bore a name on a day.
     *
     * @param name a name, bare ("Hưng Yên") or with its kind ("tỉnh Hưng Yên", "TP. Hồ Chí Minh")
     * @param date the day
     * @return the matching units of every level, provinces first; empty when none had that name that day
     */
    public List<AdministrativeUnit> find(String name, LocalDate date) {
        List<AdministrativeUnit> out = new ArrayList<>();
        for (Key key : keys(name)) {
            for (AdministrativeUnit u : byNameKey.getOrDefault(key.name(), List.of())) {
                if (u.isValidOn(date) && (key.kinds() == null || key.kinds().contains(u.kind())) && !out.contains(u)) {
                    out.add(u);
                }
            }
        }
        out.sort((a, b) -> a.level().compareTo(b.level()));
        return List.copyOf(out);
    }

    /**
     * Tells whether any unit bore a name on a day.
     *
     * @param name a name
     * @param date the day
     * @return {@code true} when a province, district or commune had that name
     */
    public boolean exists(String name, LocalDate date) {
        return !find(name, date).isEmpty();
    }

    /**
     * Finds the province that bore a name on a day.
     *
     * @param name a province name
     * @param date the day
     * @return the province, or empty
     */
    public Optional<AdministrativeUnit> province(String name, LocalDate date) {
        return find(name, date).stream().filter(u -> u.level() == AdministrativeUnit.Level.PROVINCE).findFirst();
    }

    /**
     * Tells whether a name was ever used by any unit, on any day in the data.
     *
     * @param name a name
     * @return {@code true} when it is a known place name
     */
    public boolean isKnownName(String name) {
        return keys(name).stream().anyMatch(k -> byNameKey.getOrDefault(k.name(), List.of()).stream()
                .anyMatch(u -> k.kinds() == null || k.kinds().contains(u.kind())));
    }

    private static List<Key> keys(String name) {
        String key = VietnameseText.comparisonKey(name);
        List<Key> keys = new ArrayList<>();
        keys.add(new Key(key, null));
        for (Map.Entry<String, Set<String>> kind : KIND_WORDS) {
            String k = VietnameseText.comparisonKey(kind.getKey());
            if (key.startsWith(k + " ") || (key.startsWith(k) && k.endsWith("."))) {
                keys.add(new Key(key.substring(k.length()).strip(), kind.getValue()));
                break;
            }
        }
        return keys;
    }

    private static void load(String resource, AdministrativeUnit.Level level, List<AdministrativeUnit> into) {
        try (InputStream in = AdministrativeUnits.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from vanban-core");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split(",", -1);
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                col.put(header[i].strip(), i);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                String code = f[col.get("code")];
                String provinceCode = col.containsKey("province_code") ? f[col.get("province_code")] : code;
                String validTo = f[col.get("valid_to")];
                into.add(new AdministrativeUnit(code, f[col.get("name")], f[col.get("full_name")], level,
                        f[col.get("kind")], provinceCode, LocalDate.parse(f[col.get("valid_from")]),
                        validTo.isBlank() ? null : LocalDate.parse(validTo)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
