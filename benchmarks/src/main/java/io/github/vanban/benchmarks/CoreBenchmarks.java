package io.github.vanban.benchmarks;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.reference.AdministrativeUnit;
import io.github.vanban.core.reference.AdministrativeUnits;
import io.github.vanban.core.text.VietnameseText;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of the core operations every reader and validator calls per document: parsing the số/ký hiệu and the
 * date line, the tone-insensitive comparison key, and the place-name look-up in the administrative units.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CoreBenchmarks {

    private final AdministrativeUnits units = AdministrativeUnits.standard();
    private final LocalDate before = LocalDate.of(2023, 2, 15);
    private final LocalDate after = LocalDate.of(2025, 9, 1);

    /** @return the parsed number */
    @Benchmark
    public DocumentNumber parseNumber() throws ParseException {
        return DocumentNumber.parse("Số: 279/UBND-NC");
    }

    /** @return the parsed date line */
    @Benchmark
    public PlaceAndDate parsePlaceAndDate() throws ParseException {
        return PlaceAndDate.parse("Hưng Yên, ngày 05 tháng 02 năm 2023");
    }

    /** @return the comparison key */
    @Benchmark
    public String comparisonKey() {
        return VietnameseText.comparisonKey("ỦY BAN NHÂN DÂN TỈNH HOÀ BÌNH");
    }

    /** @return the units named Thái Bình in 2023 */
    @Benchmark
    public List<AdministrativeUnit> findProvinceBefore2025() {
        return units.find("tỉnh Thái Bình", before);
    }

    /** @return the units named Hưng Yên after the 2025 reorganisation */
    @Benchmark
    public List<AdministrativeUnit> findProvinceAfter2025() {
        return units.find("Hưng Yên", after);
    }
}
