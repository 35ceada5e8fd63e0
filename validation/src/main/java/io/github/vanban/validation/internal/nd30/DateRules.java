package io.github.vanban.validation.internal.nd30;

import static io.github.vanban.validation.internal.nd30.Fields.HEADER;
import static io.github.vanban.validation.internal.nd30.Fields.ISSUED_DATE;
import static io.github.vanban.validation.internal.nd30.Fields.PLACE;
import static io.github.vanban.validation.internal.nd30.Fields.PLACE_AND_DATE;
import static io.github.vanban.validation.internal.nd30.Fields.WRITTEN_FORM;

import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.reference.AdministrativeUnit;
import io.github.vanban.core.reference.AdministrativeUnits;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.spi.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Địa danh và thời gian ban hành (ô 4; Phụ lục I, II.4 of Nghị định 30/2020/NĐ-CP). */
final class DateRules {

    /** The decree's form, with blanks allowed where a draft leaves them. */
    private static final Pattern LINE = Pattern.compile(
            "^[^,]*\\S, ngày (?:(?<day>\\d{1,2}) )?tháng (?:(?<month>\\d{1,2}) )?năm(?: (?<year>\\d{4}))?$");
    /** The first day the reference data of administrative units covers. */
    private static final LocalDate UNITS_FROM = LocalDate.of(2008, 8, 1);

    private static final Pattern KIND = Pattern.compile(
            "^(tỉnh|thành phố|tp\\.?|quận|huyện|thị xã|xã|phường|thị trấn|đặc khu)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> PROVINCE_NAMES = AdministrativeUnits.standard().all().stream()
            .filter(u -> u.level() == AdministrativeUnit.Level.PROVINCE)
            .map(u -> VietnameseText.comparisonKey(u.name())).collect(Collectors.toUnmodifiableSet());

    private DateRules() {
    }

    private static String collapsed(String written) {
        return VietnameseText.collapseSpaces(written);
    }

    /** ND30-DATE-01: the line is "<Địa danh>, ngày DD tháng MM năm YYYY"; an issued document has the full date. */
    static void form(AdministrativeDocument doc, RuleContext ctx) {
        PlaceAndDate pd = doc.header().placeAndDate();
        if (pd == null) {
            if (doc.type() != DocumentType.BIEN_BAN) {
                ctx.violation("missing").at(HEADER, PLACE_AND_DATE).report();
            }
            return;
        }
        if (pd.place() == null && doc.type() != DocumentType.BIEN_BAN) {
            ctx.violation("place").at(HEADER, PLACE_AND_DATE, PLACE).report();
        }
        PartialDate date = pd.date();
        if (ctx.profile() == Profile.ISSUED && (date == null || !date.isComplete())) {
            ctx.violation("blankDay").at(HEADER, PLACE_AND_DATE, ISSUED_DATE)
                    .arg("date", date == null ? "" : date.toIsoString()).report();
        }
        String written = pd.writtenForm();
        if (written != null && pd.place() != null && !LINE.matcher(collapsed(written)).matches()) {
            ctx.violation("format").at(HEADER, PLACE_AND_DATE, WRITTEN_FORM).arg("line", written).fix(pd.format())
                    .report();
        }
    }

    /** ND30-DATE-02: day below 10 and months 1 and 2 have a leading zero. */
    static void leadingZeros(AdministrativeDocument doc, RuleContext ctx) {
        PlaceAndDate pd = doc.header().placeAndDate();
        Matcher m = written(pd);
        if (m == null) {
            return;
        }
        String day = m.group("day");
        String month = m.group("month");
        boolean badDay = day != null && day.length() == 1;
        boolean badMonth = month != null && month.length() == 1 && (month.equals("1") || month.equals("2"));
        if (badDay || badMonth) {
            ctx.violation("zero").at(HEADER, PLACE_AND_DATE, WRITTEN_FORM).arg("line", pd.writtenForm())
                    .fix(pd.format()).report();
        }
    }

    /** ND30-DATE-03: months 3 to 12 are written without a leading zero. */
    static void monthWithoutZero(AdministrativeDocument doc, RuleContext ctx) {
        PlaceAndDate pd = doc.header().placeAndDate();
        Matcher m = written(pd);
        if (m == null) {
            return;
        }
        String month = m.group("month");
        if (month != null && month.length() == 2 && month.charAt(0) == '0' && month.charAt(1) >= '3') {
            ctx.violation("month").at(HEADER, PLACE_AND_DATE, WRITTEN_FORM).arg("month", month)
                    .fix(pd.format()).report();
        }
    }

    private static Matcher written(PlaceAndDate pd) {
        if (pd == null || pd.writtenForm() == null) {
            return null;
        }
        Matcher m = LINE.matcher(collapsed(pd.writtenForm()));
        return m.matches() ? m : null;
    }

    /**
     * ND30-DATE-05: the place name is capitalised and names an administrative unit in force on the document's
     * date ("Thái Bình" until 2025-06-11, not after).
     */
    static void place(AdministrativeDocument doc, RuleContext ctx) {
        PlaceAndDate pd = doc.header().placeAndDate();
        if (pd == null || pd.place() == null) {
            return;
        }
        String place = pd.place();
        int first = place.codePointAt(0);
        if (Character.isLetter(first) && !Character.isUpperCase(first)) {
            ctx.violation("case").at(HEADER, PLACE_AND_DATE, PLACE).arg("place", place)
                    .fix(VietnameseText.titleCase(place)).report();
            return;
        }
        if (pd.date() == null) {
            return;
        }
        LocalDate day = pd.date().earliest();
        if (day.isBefore(UNITS_FROM)) {
            return;
        }
        AdministrativeUnits units = AdministrativeUnits.standard();
        List<AdministrativeUnit> found = units.find(place, day);
        boolean provinceName = !KIND.matcher(place).lookingAt()
                && PROVINCE_NAMES.contains(VietnameseText.comparisonKey(place));
        // a bare province name ("Thái Bình") means the province, not a district or ward of the same name
        if (provinceName ? found.stream().anyMatch(u -> u.level() == AdministrativeUnit.Level.PROVINCE)
                : !found.isEmpty()) {
            return;
        }
        if (units.isKnownName(place)) {
            ctx.violation("notInForce").at(HEADER, PLACE_AND_DATE, PLACE).arg("place", place)
                    .arg("date", pd.date().toIsoString()).report();
        } else {
            ctx.violation("unknown").at(HEADER, PLACE_AND_DATE, PLACE).arg("place", place).report();
        }
    }

    /** ND30-DATE-07: a biên bản may have no date line (Mẫu 1.9). */
    static void minutesWithoutDate(AdministrativeDocument doc, RuleContext ctx) {
        if (doc.header().placeAndDate() == null) {
            ctx.violation("absent").at(HEADER, PLACE_AND_DATE).report();
        }
    }
}
