package io.github.vanban.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.validation.internal.MessageBundles;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The message bundles: every rule titled in both languages, every key in both, the same placeholders in both. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private final Map<String, String> en = MessageBundles.standard().english();
    private final Map<String, String> vi = MessageBundles.standard().vietnamese();

    @Test
    void everyRuleOfEveryRuleSetHasATitleInBothLanguages() {
        for (RuleSet set : RuleSets.all()) {
            for (Rule r : set.rules()) {
                assertThat(en).as(r.id() + " (en)").containsKey(r.id() + ".title");
                assertThat(vi).as(r.id() + " (vi)").containsKey(r.id() + ".title");
                assertThat(vi.get(r.id() + ".title")).as(r.id()).isNotEqualTo(en.get(r.id() + ".title"));
            }
        }
    }

    @Test
    void everyConventionRuleOfNd30SaysWhyItIsNotAnError() {
        for (Rule r : RuleSets.get("nd30-2020").rules()) {
            if (r.basis() != Rule.Basis.VERIFIED) {
                assertThat(en).as(r.id()).containsKey(r.id() + ".note");
                assertThat(vi).as(r.id()).containsKey(r.id() + ".note");
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        assertThat(new TreeSet<>(vi.keySet())).isEqualTo(new TreeSet<>(en.keySet()));
        for (String key : en.keySet()) {
            assertThat(placeholders(vi.get(key))).as(key).isEqualTo(placeholders(en.get(key)));
            assertThat(en.get(key)).as(key).doesNotContain("${");
        }
    }

    @Test
    void theVietnameseBundleIsReadAsUtf8() {
        assertThat(vi.get("ND30-SO-02.form")).isEqualTo("Số \"{number}\" phải ghi là \"{expected}\"");
        assertThat(String.join("", vi.values())).doesNotContain("\uFFFD").doesNotContain("Ã");
    }

    private static Set<String> placeholders(String message) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
