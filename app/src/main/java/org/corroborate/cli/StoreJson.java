package org.corroborate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.time.LocalDate;

/** JSON of the knowledge base's records: snake_case names as in the contract, dates as yyyy-mm-dd. */
public final class StoreJson {

    private StoreJson() {
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new Jdk8Module())
                .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
}
