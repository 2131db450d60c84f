package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FixedMapTest {

    @Test
    void behaves_as_the_linked_map_it_copies_over_random_maps() {
        Random random = new Random(20261207L);
        for (int round = 0; round < 200; round++) {
            Map<String, Object> linked = new LinkedHashMap<>();
            int size = random.nextInt(40);
            for (int i = 0; i < size; i++) {
                String key = "字段" + random.nextInt(60);
                linked.put(key, random.nextInt(5) == 0 ? null : List.of(key, i));
            }
            Map<String, Object> fixed = FixedMap.copyOf(linked);
            assertThat(fixed).isEqualTo(linked);
            assertThat(linked).isEqualTo(fixed);
            assertThat(fixed.hashCode()).isEqualTo(linked.hashCode());
            assertThat(new ArrayList<>(fixed.keySet())).containsExactlyElementsOf(linked.keySet());
            for (int i = 0; i < 60; i++) {
                String key = "字段" + i;
                assertThat(fixed.get(key)).as(key).isEqualTo(linked.get(key));
                assertThat(fixed.containsKey(key)).as(key).isEqualTo(linked.containsKey(key));
            }
            assertThat(fixed.get(null)).isNull();
        }
    }

    @Test
    void cannot_be_changed() {
        Map<String, Object> fixed = FixedMap.copyOf(Map.of("title", "古城夜游"));
        assertThatThrownBy(() -> fixed.put("title", "别的")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fixed.entrySet().iterator().next().setValue("别的"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
