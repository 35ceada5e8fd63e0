package io.github.vanban.core.award;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.text.VietnameseText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Danh mục danh hiệu thi đua và hình thức khen thưởng — the registry of emulation titles and forms of
 * commendation. {@link #standard()} holds the titles of Điều 19–20 and the forms of Điều 7, Luật Thi đua, khen
 * thưởng 2022 (with their R2017 counterparts), loaded once from resources of vanban-core. Ministries, provinces
 * and mass organisations add their own with {@link #with(AwardType...)} or {@link #readTitles(Reader, String)};
 * a catalogue is immutable and thread-safe.
 */
public final class AwardCatalog {

    private static final class Holder {
        static final AwardCatalog STANDARD = loadStandard();
    }

    private final Map<String, EmulationTitle> titles;
    private final Map<String, CommendationForm> forms;

    private AwardCatalog(Map<String, EmulationTitle> titles, Map<String, CommendationForm> forms) {
        this.titles = titles;
        this.forms = forms;
    }

    /** @return the standard catalogue, loaded on first use */
    public static AwardCatalog standard() {
        return Holder.STANDARD;
    }

    /**
     * Builds a catalogue from entries.
     *
     * @param titles emulation titles
     * @param forms forms of commendation
     * @return the catalogue, in the order given
     * @throws IllegalArgumentException when two titles or two forms share a code
     */
    public static AwardCatalog of(Collection<EmulationTitle> titles, Collection<CommendationForm> forms) {
        return new AwardCatalog(index(titles, EmulationTitle::code, "title"), index(forms, CommendationForm::code, "form"));
    }

    /**
     * Returns a catalogue with more entries; an entry whose code is already present replaces the old one (a
     * province narrowing who confers a title, say), the others are appended.
     *
     * @param entries titles and forms to add or replace
     * @return a new catalogue; this one is unchanged
     */
    public AwardCatalog with(AwardType... entries) {
        Map<String, EmulationTitle> t = new LinkedHashMap<>(titles);
        Map<String, CommendationForm> f = new LinkedHashMap<>(forms);
        for (AwardType e : entries) {
            if (e instanceof EmulationTitle title) {
                t.put(title.code(), title);
            } else if (e instanceof CommendationForm form) {
                f.put(form.code(), form);
            }
        }
        return new AwardCatalog(java.util.Collections.unmodifiableMap(t), java.util.Collections.unmodifiableMap(f));
    }

    /** @return every emulation title, in catalogue order */
    public List<EmulationTitle> titles() {
        return List.copyOf(titles.values());
    }

    /** @return every form of commendation, in catalogue order (orders highest first) */
    public List<CommendationForm> forms() {
        return List.copyOf(forms.values());
    }

    /**
     * @param code a title code
     * @return the title, or empty
     */
    public Optional<EmulationTitle> title(String code) {
        return Optional.ofNullable(titles.get(code));
    }

    /**
     * @param code a form code
     * @return the form, or empty
     */
    public Optional<CommendationForm> form(String code) {
        return Optional.ofNullable(forms.get(code));
    }

    /**
     * Looks up the entry a document's award reference names.
     *
     * @param award a reference
     * @return the title or form, or empty when this catalogue does not know the code
     */
    public Optional<AwardType> resolve(Award award) {
        return award.isTitle() ? title(award.code()).map(AwardType.class::cast)
                : form(award.code()).map(AwardType.class::cast);
    }

    /**
     * Finds a title by the name a document uses (name, armed-forces name or alias), tolerant of case, quotes and
     * tone-mark placement.
     *
     * @param text the title as written, e.g. "“Lao động tiên tiến”"
     * @return the title, or empty
     */
    public Optional<EmulationTitle> titleNamed(String text) {
        return titles.values().stream().filter(t -> t.isNamed(text)).findFirst();
    }

    /**
     * @param regime a regime
     * @return the titles that exist in that regime
     */
    public List<EmulationTitle> titlesIn(Regime regime) {
        return titles.values().stream().filter(t -> t.regimes().contains(regime)).toList();
    }

    /**
     * Reads emulation titles from the tab-separated layout of the standard resource (see
     * {@code emulation-titles.tsv}: code, name, armedForcesName, aliases, subjects, periodicity, regimes,
     * conferrers, rewardCoefficient; {@code #} starts a comment; the first other line is the header).
     *
     * @param in the text
     * @param source a name for error messages, e.g. a file name
     * @return the titles, in order
     * @throws ParseException when a line is malformed; the message names the source and the line
     */
    public static List<EmulationTitle> readTitles(Reader in, String source) throws ParseException {
        List<EmulationTitle> out = new ArrayList<>();
        for (Row row : rows(in, source, 9)) {
            String[] c = row.cells;
            Set<Regime> regimes = regimes(row, c[6]);
            EmulationTitle.Builder b = EmulationTitle.builder().code(c[0]).name(c[1])
                    .armedForcesName(none(c[2]) ? null : c[2])
                    .periodicity(constant(row, Periodicity.class, c[5]))
                    .regimes(regimes.toArray(new Regime[0]))
                    .subjects(constants(row, SubjectType.class, c[4]).toArray(new SubjectType[0]));
            if (!none(c[3])) {
                for (String alias : c[3].split("\\|")) {
                    b.alias(alias);
                }
            }
            for (Conferral conferral : conferrals(row, c[7], regimes)) {
                b.conferrer(conferral);
            }
            if (!none(c[8])) {
                try {
                    b.rewardCoefficient(new BigDecimal(c[8]));
                } catch (NumberFormatException e) {
                    throw row.error("rewardCoefficient is not a number: " + c[8]);
                }
            }
            out.add(b.build());
        }
        return List.copyOf(out);
    }

    /**
     * Reads forms of commendation from the tab-separated layout of the standard resource (see
     * {@code commendation-forms.tsv}: code, name, category, classes, subjects, regimes, conferrers).
     *
     * @param in the text
     * @param source a name for error messages
     * @return the forms, in order
     * @throws ParseException when a line is malformed; the message names the source and the line
     */
    public static List<CommendationForm> readForms(Reader in, String source) throws ParseException {
        List<CommendationForm> out = new ArrayList<>();
        for (Row row : rows(in, source, 7)) {
            String[] c = row.cells;
            Set<Regime> regimes = regimes(row, c[5]);
            CommendationForm.Builder b = CommendationForm.builder().code(c[0]).name(c[1])
                    .category(constant(row, FormCategory.class, c[2]))
                    .regimes(regimes.toArray(new Regime[0]))
                    .subjects(constants(row, SubjectType.class, c[4]).toArray(new SubjectType[0]));
            if (!none(c[3])) {
                b.classes(constants(row, AwardClass.class, c[3]).toArray(new AwardClass[0]));
            }
            for (Conferral conferral : conferrals(row, c[6], regimes)) {
                b.conferrer(conferral);
            }
            out.add(b.build());
        }
        return List.copyOf(out);
    }

    private record Row(String source, int line, String text, String[] cells) {
        ParseException error(String reason) {
            return new ParseException("danh mục khen thưởng", text, 0, source + " line " + line + ": " + reason);
        }
    }

    private static List<Row> rows(Reader in, String source, int columns) throws ParseException {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = in instanceof BufferedReader br ? br : new BufferedReader(in);
        boolean header = true;
        int number = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = VietnameseText.nfc(line).split("\t", -1);
                Row row = new Row(source, number, line, cells);
                if (cells.length != columns) {
                    throw row.error("expected " + columns + " tab-separated columns, found " + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                if (cells[0].isEmpty() || cells[1].isEmpty()) {
                    throw row.error("code and name are required");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static boolean none(String cell) {
        return cell.isEmpty() || cell.equals("-");
    }

    private static <E extends Enum<E>> E constant(Row row, Class<E> type, String text) throws ParseException {
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw row.error("unknown " + type.getSimpleName() + " \"" + text + "\"");
        }
    }

    private static <E extends Enum<E>> Set<E> constants(Row row, Class<E> type, String text) throws ParseException {
        Set<E> out = EnumSet.noneOf(type);
        if (none(text)) {
            throw row.error("no " + type.getSimpleName() + " given");
        }
        for (String part : text.split(",")) {
            out.add(constant(row, type, part));
        }
        return out;
    }

    private static Set<Regime> regimes(Row row, String text) throws ParseException {
        return text.equals("*") ? EnumSet.allOf(Regime.class) : constants(row, Regime.class, text);
    }

    private static List<Conferral> conferrals(Row row, String text, Set<Regime> defaults) throws ParseException {
        List<Conferral> out = new ArrayList<>();
        if (none(text)) {
            return out;
        }
        for (String part : text.split(";")) {
            int at = part.indexOf('@');
            AuthorityLevel level = constant(row, AuthorityLevel.class, at < 0 ? part : part.substring(0, at));
            Set<Regime> regimes = at < 0 ? defaults : regimes(row, part.substring(at + 1));
            out.add(new Conferral(level, regimes));
        }
        return out;
    }

    private static <T> Map<String, T> index(Collection<T> entries, Function<T, String> code, String what) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T e : entries) {
            if (map.put(code.apply(e), e) != null) {
                throw new IllegalArgumentException("duplicate " + what + " code " + code.apply(e));
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static AwardCatalog loadStandard() {
        try (Reader titles = resource("emulation-titles.tsv"); Reader forms = resource("commendation-forms.tsv")) {
            return of(readTitles(titles, "emulation-titles.tsv"), readForms(forms, "commendation-forms.tsv"));
        } catch (ParseException e) {
            throw new IllegalStateException("vanban-core's award catalogue is broken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader resource(String name) {
        @Nullable InputStream in = AwardCatalog.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from vanban-core");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
