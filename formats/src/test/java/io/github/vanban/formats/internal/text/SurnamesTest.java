package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The surname list mends a name only when one letter lost before it gives exactly one known surname. */
class SurnamesTest {

    @Test
    void knowsSurnamesInAnyCase() {
        assertThat(Surnames.isSurname("Nguyễn")).isTrue();
        assertThat(Surnames.isSurname("ĐẶNG")).isTrue();
        assertThat(Surnames.isSurname("lê")).isTrue();
        assertThat(Surnames.isSurname("Thức")).isFalse();
    }

    @Test
    void givesTheOneSurnameALostFirstLetterLeavesPossible() {
        assertThat(Surnames.withLostInitial("oàng")).hasValue("Hoàng");
        assertThat(Surnames.withLostInitial("guyễn")).hasValue("Nguyễn");
        assertThat(Surnames.withLostInitial("rần")).hasValue("Trần");
        assertThat(Surnames.withLostInitial("ặng")).hasValue("Đặng");
        assertThat(Surnames.withLostInitial("ê")).hasValue("Lê");
    }

    @Test
    void guessesNothingWhenNoneOrSeveralFit() {
        assertThat(Surnames.withLostInitial("ương")).as("Lương or Dương").isEmpty();
        assertThat(Surnames.withLostInitial("inh")).as("Đinh or Ninh").isEmpty();
        assertThat(Surnames.withLostInitial("ăn")).hasValue("Văn");
        assertThat(Surnames.withLostInitial("xyz")).isEmpty();
        assertThat(Surnames.withLostInitial("")).isEmpty();
        assertThat(Surnames.withLostInitial("hoàng")).as("a surname already, only in lower case").isEmpty();
    }
}
