package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the two names and the two titles of a biên bản's merged signature line are cut. */
class MinutesSignaturesTest {

    @Test
    void cutsTwoNamesBeforeTheFamilyNameNearestTheMiddle() {
        assertThat(MinutesSignatures.splitNames("Lê Thị Hoa Nguyễn Văn Minh")).containsExactly("Lê Thị Hoa",
                "Nguyễn Văn Minh");
        assertThat(MinutesSignatures.splitNames("Lê Hoa Nguyễn Văn Minh")).containsExactly("Lê Hoa", "Nguyễn Văn Minh");
        assertThat(MinutesSignatures.splitNames("Nguyễn Thị Mai Lê Văn Hùng")).as("Mai is a family name too")
                .containsExactly("Nguyễn Thị Mai", "Lê Văn Hùng");
        assertThat(MinutesSignatures.splitNames("Ông Trần Bình Bà Lê Hoa")).containsExactly("Trần Bình", "Lê Hoa");
    }

    @Test
    void leavesOneNameOrAnUnclearCutUncut() {
        assertThat(MinutesSignatures.splitNames("Nguyễn Thị Minh Khai")).isNull();
        assertThat(MinutesSignatures.splitNames("Trần Văn Bình")).isNull();
        assertThat(MinutesSignatures.splitNames("Lê Hoa Nguyễn Minh Lê Hùng")).as("two cuts as near the middle")
                .isNull();
        assertThat(MinutesSignatures.splitNames("Cuộc họp kết thúc lúc")).isNull();
    }

    @Test
    void cutsTheTitles() {
        assertThat(MinutesSignatures.splitTitles("THƯ KÝ CHỦ TỌA")).containsExactly("THƯ KÝ", "CHỦ TỌA");
        assertThat(MinutesSignatures.splitTitles("THƯ KÝ | CHỦ TOẠ")).containsExactly("THƯ KÝ", "CHỦ TOẠ");
        assertThat(MinutesSignatures.splitTitles("NGƯỜI GHI BIÊN BẢN CHỦ TRÌ")).containsExactly("NGƯỜI GHI BIÊN BẢN",
                "CHỦ TRÌ");
        assertThat(MinutesSignatures.splitTitles("THƯ KÝ HỘI NGHỊ")).as("the secretary's own title")
                .containsExactly("THƯ KÝ HỘI NGHỊ", null);
    }
}
