package io.github.vanban.cli.internal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The SARIF 2.1.0 JSON Schema, a test resource (see {@code sarif/README.md} for where it comes from). */
public final class SarifSchema {

    private SarifSchema() {
    }

    /**
     * @param sarif a SARIF log
     * @return the schema violations, empty when the log is valid SARIF 2.1.0
     * @throws IOException when the schema resource cannot be read
     */
    public static List<Error> validate(String sarif) throws IOException {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(in, InputFormat.JSON);
            return schema.validate(sarif, InputFormat.JSON);
        }
    }
}
