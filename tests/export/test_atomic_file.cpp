// The safe writer: regular files replaced by a rename, symbolic links followed, FIFOs written into, the rest refused.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>

#include "export/atomic_file.hpp"
#include "support/support.hpp"

namespace fs = std::filesystem;
using exporter::OutputTarget;
using exporter::resolve_output;
using exporter::write_file_atomically;
using test_support::read_file;
using test_support::TempDir;
using test_support::write_file;

TEST_CASE("A regular file is replaced whole, and kept as it was when the write fails", "[export][atomic]") {
    TempDir dir("atomic-regular");
    const std::string path = dir / "out.csv";
    write_file(path, "old");
    write_file_atomically(path, std::string_view("new"));
    CHECK(read_file(path) == "new");
    CHECK_THROWS_WITH(write_file_atomically(path,
                                            [](std::ostream& out) {
                                                out << "half";
                                                throw std::runtime_error(std::string("stopped"));
                                            }),
                      "stopped");
    CHECK(read_file(path) == "new");
    CHECK_FALSE(fs::exists(path + ".tmp"));
}

TEST_CASE("A symbolic link is followed: its target is replaced and the link stays", "[export][atomic]") {
    TempDir dir("atomic-link");
    fs::create_directory(dir / "real");
    write_file(dir / "real/data.csv", "old");
    fs::create_symlink("real/data.csv", dir / "link.csv");
    fs::create_symlink("link.csv", dir / "link2.csv");  // a chain of two
    write_file_atomically(dir / "link2.csv", std::string_view("new"));
    CHECK(fs::is_symlink(dir / "link.csv"));
    CHECK(fs::is_symlink(dir / "link2.csv"));
    CHECK(read_file(dir / "real/data.csv") == "new");
    CHECK(resolve_output(dir / "link2.csv").path ==
          (fs::path(dir / "link.csv").parent_path() / "real/data.csv").string());

    SECTION("a dangling link names the file to create") {
        fs::create_symlink("real/new.csv", dir / "dangling.csv");
        write_file_atomically(dir / "dangling.csv", std::string_view("made"));
        CHECK(fs::is_symlink(dir / "dangling.csv"));
        CHECK(read_file(dir / "real/new.csv") == "made");
    }
    SECTION("a loop of links is refused in one line") {
        fs::create_symlink("b", dir / "a");
        fs::create_symlink("a", dir / "b");
        CHECK_THROWS_WITH(write_file_atomically(dir / "a", std::string_view("x")),
                          Catch::Contains("too many levels of symbolic links"));
    }
}

TEST_CASE("A directory is refused and left as it was", "[export][atomic]") {
    TempDir dir("atomic-dir");
    fs::create_directory(dir / "out.csv");
    write_file(dir / "out.csv/keep.txt", "mine");
    CHECK_THROWS_WITH(write_file_atomically(dir / "out.csv", std::string_view("x")),
                      dir / "out.csv" + ": cannot write: is a directory");
    CHECK(read_file(dir / "out.csv/keep.txt") == "mine");
    CHECK_FALSE(fs::exists(dir / "out.csv.tmp"));
    CHECK_THROWS_WITH(exporter::commit_file(dir / "x.tmp", dir / "out.csv"), Catch::Contains("is a directory"));
}

TEST_CASE("A FIFO is written into, not replaced", "[export][atomic]") {
    TempDir dir("atomic-fifo");
    const std::string fifo = dir / "pipe";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    std::string received;
    std::thread reader([&] { received = read_file(fifo); });
    write_file_atomically(fifo, std::string_view("through the pipe"));
    reader.join();
    CHECK(received == "through the pipe");
    CHECK(fs::is_fifo(fifo));
    CHECK_FALSE(fs::exists(fifo + ".tmp"));
}

namespace {

/// SIGPIPE ignored while it lives (as a recording has it), so that a write into a pipe with no reader fails with
/// EPIPE, which the writer reports, instead of killing the process.
class IgnoreSigpipe {
public:
    IgnoreSigpipe() : previous_(std::signal(SIGPIPE, SIG_IGN)) {}
    ~IgnoreSigpipe() { std::signal(SIGPIPE, previous_); }

private:
    void (*previous_)(int);
};

}  // namespace

TEST_CASE("A FIFO whose reader went away: the write fails with one line naming it, nothing else", "[export][atomic]") {
    TempDir dir("atomic-fifo-gone");
    const std::string fifo = dir / "pipe";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    const IgnoreSigpipe ignore;
    // The reader opens the pipe and leaves without reading. More than a pipe holds (64 KiB on Linux): whether the
    // writer gets there before or after the reader left, some write finds no reader.
    std::thread reader([&] { ::close(::open(fifo.c_str(), O_RDONLY)); });
    const std::string bytes(4 << 20, 'x');
    std::string message;
    try {
        write_file_atomically(fifo, std::string_view(bytes));
    } catch (const std::runtime_error& e) {
        message = e.what();
    }
    reader.join();
    CHECK(message == fifo + ": write failed (no space, or the reader went away?)");
    CHECK(message.find('\n') == std::string::npos);
    CHECK(fs::is_fifo(fifo));  // never replaced
    CHECK_FALSE(fs::exists(fifo + ".tmp"));
}

TEST_CASE("Devices are streams, \"-\" is standard output; neither is ever replaced", "[export][atomic]") {
    // Classification only: no test writes to /dev.
    CHECK(resolve_output("/dev/null").kind == OutputTarget::Kind::stream);
    CHECK(resolve_output("/dev/full").path == "/dev/full");
    CHECK(resolve_output("/dev/stdout").kind == OutputTarget::Kind::stream);  // a pipe here, via /proc/self/fd/1
    CHECK(resolve_output("-").kind == OutputTarget::Kind::standard_output);
    TempDir dir("atomic-kinds");
    CHECK(resolve_output(dir / "new.csv").kind == OutputTarget::Kind::regular_file);
    CHECK_THROWS_WITH(exporter::commit_file(dir / "x.tmp", "/dev/null"), Catch::Contains("not a regular file"));
}
