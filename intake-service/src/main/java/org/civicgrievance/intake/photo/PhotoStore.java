package org.civicgrievance.intake.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where photo bytes live: outside the database row, so the database stays small and backups stay
 * fast. The file system implementation serves one replica or a shared volume; an object store
 * would implement the same three operations.
 */
public interface PhotoStore {

    /** Stores the file under the key; when this returns, the bytes are durable. */
    void put(String key, Path file) throws IOException;

    InputStream open(String key) throws IOException;

    /** Removes the bytes; a missing key is not an error. */
    void delete(String key) throws IOException;
}
