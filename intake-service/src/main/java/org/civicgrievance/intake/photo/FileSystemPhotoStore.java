package org.civicgrievance.intake.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Photos as files under one directory (a mounted volume in production). */
@ApplicationScoped
public class FileSystemPhotoStore implements PhotoStore {

    /** Keys are generated here (date folders and a UUID); anything else is refused, so no path escapes the root. */
    private static final Pattern SAFE_KEY = Pattern.compile("[0-9]{4}/[0-9]{2}/[0-9a-f-]{36}");

    private final Path root;

    public FileSystemPhotoStore(@ConfigProperty(name = "grievance.intake.photos.directory") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, Path file) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        // copy beside the target, force to disk, then move in one step: a crash leaves no half photo
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }

    private Path pathOf(String key) {
        if (!SAFE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a photo key: " + key);
        }
        return root.resolve(key);
    }
}
