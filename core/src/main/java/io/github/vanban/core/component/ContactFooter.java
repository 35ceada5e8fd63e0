package io.github.vanban.core.component;

import org.jspecify.annotations.Nullable;

/**
 * Địa chỉ cơ quan, tổ chức; thư điện tử; trang thông tin điện tử; số điện thoại; số Fax (ô 13; Phụ lục I,
 * III.4 of Nghị định 30/2020/NĐ-CP): the contact footer of page 1. Every part is optional.
 *
 * @param address postal address
 * @param email e-mail address
 * @param website web site
 * @param phone telephone number
 * @param fax fax number
 */
public record ContactFooter(@Nullable String address, @Nullable String email, @Nullable String website,
                            @Nullable String phone, @Nullable String fax) {
}
