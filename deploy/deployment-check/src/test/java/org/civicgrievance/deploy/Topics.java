package org.civicgrievance.deploy;

import java.util.Set;
import java.util.TreeSet;

/** Every Kafka topic the system needs: what each service's code and configuration name, and the AsyncAPI channels. */
final class Topics {

    private Topics() {
    }

    static Set<String> expected() {
        Set<String> topics = new TreeSet<>();
        Repository.services().forEach(service -> topics.addAll(service.topics()));
        Object channels = Yaml.at(Yaml.load(Repository.file("docs/asyncapi.yaml")), "channels");
        Yaml.map(channels).values().forEach(channel -> topics.add(Yaml.text(channel, "address")));
        return topics;
    }

    /** The whitespace-separated list a topic-creating job reads from its TOPICS variable. */
    static Set<String> listed(String topics) {
        Set<String> listed = new TreeSet<>();
        if (topics != null) {
            for (String topic : topics.trim().split("\\s+")) {
                if (!topic.isEmpty()) {
                    listed.add(topic);
                }
            }
        }
        return listed;
    }
}
