// exporter::spawn_program: posix_spawn with file actions and attributes built from SpawnOptions.
#include "export/spawn.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace exporter {
namespace {

std::vector<char*> pointers(const std::vector<std::string>& strings) {
    std::vector<char*> p;
    for (const std::string& s : strings) p.push_back(const_cast<char*>(s.c_str()));
    p.push_back(nullptr);
    return p;
}

/// A close-on-exec pipe, [0] reading and [1] writing; {-1, -1} unless `wanted`.
void open_pipe(bool wanted, int (&fds)[2], const std::string& program) {
    fds[0] = fds[1] = -1;
    if (wanted && pipe2(fds, O_CLOEXEC) != 0)
        throw std::runtime_error("cannot start " + program + ": pipe: " + std::strerror(errno));
}

void close_both(int (&fds)[2]) {
    for (int& fd : fds)
        if (fd >= 0) close(fd);
}

void redirect(posix_spawn_file_actions_t& actions, int fd, int pipe_end, const std::string& path, int flags) {
    if (pipe_end >= 0)
        posix_spawn_file_actions_adddup2(&actions, pipe_end, fd);
    else if (!path.empty())
        posix_spawn_file_actions_addopen(&actions, fd, path.c_str(), flags, 0600);
}

void set_attributes(posix_spawnattr_t& attributes, const SpawnOptions& options) {
    short flags = 0;
    if (options.default_signals) {
        sigset_t defaults;
        sigemptyset(&defaults);
        sigaddset(&defaults, SIGPIPE);
        sigaddset(&defaults, SIGXFSZ);
        posix_spawnattr_setsigdefault(&attributes, &defaults);
        flags |= POSIX_SPAWN_SETSIGDEF;
    }
    if (options.own_process_group) {
        posix_spawnattr_setpgroup(&attributes, 0);
        flags |= POSIX_SPAWN_SETPGROUP;
    }
    posix_spawnattr_setflags(&attributes, flags);
}

}  // namespace

Child spawn_program(const std::vector<std::string>& argv, const SpawnOptions& options) {
    if (argv.empty()) throw std::runtime_error("cannot start a program: no program given");
    int in[2], out[2];
    open_pipe(options.stdin_pipe, in, argv[0]);
    try {
        open_pipe(options.stdout_pipe, out, argv[0]);
    } catch (...) {
        close_both(in);
        throw;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    redirect(actions, STDIN_FILENO, in[0], options.stdin_path, O_RDONLY);
    redirect(actions, STDOUT_FILENO, out[1], options.stdout_path, O_WRONLY);
    redirect(actions, STDERR_FILENO, -1, options.stderr_path, O_WRONLY | O_CREAT | O_TRUNC);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    set_attributes(attributes, options);
    const std::vector<char*> args = pointers(argv);
    const std::vector<char*> env = options.environment ? pointers(*options.environment) : std::vector<char*>{};
    Child child;
    const int rc = posix_spawn(&child.pid, argv[0].c_str(), &actions, &attributes, args.data(),
                               options.environment ? env.data() : environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    for (int* child_end : {&in[0], &out[1]})
        if (*child_end >= 0) close(*child_end);
    if (rc != 0) {
        for (int* mine : {&in[1], &out[0]})
            if (*mine >= 0) close(*mine);
        throw std::runtime_error("cannot start " + argv[0] + ": " + std::strerror(rc));
    }
    child.stdin_fd = in[1];
    child.stdout_fd = out[0];
    return child;
}

int wait_program(pid_t pid, rusage* usage) {
    int status = 0;
    while (wait4(pid, &status, 0, usage) < 0 && errno == EINTR) {
    }
    return status;
}

}  // namespace exporter
