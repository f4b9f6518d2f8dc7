// Starting another program (ffmpeg, flite, the program itself for the start-up benchmark): argv without a shell,
// its standard streams redirected or piped, one exception when it cannot be started.
#pragma once
#include <sys/resource.h>
#include <sys/types.h>

#include <string>
#include <vector>

namespace exporter {

/// How a program is started. A stream neither redirected to a file nor piped is this process's own.
struct SpawnOptions {
    std::string stdin_path;    ///< stdin read from this file ("/dev/null": nothing); "": inherited, or the pipe
    bool stdin_pipe = false;   ///< stdin is a pipe: Child::stdin_fd writes into it
    std::string stdout_path;   ///< stdout written into this file ("/dev/null": discarded); "": inherited, or the pipe
    bool stdout_pipe = false;  ///< stdout is a pipe: Child::stdout_fd reads it
    std::string stderr_path;   ///< stderr written into this file (created or emptied, mode 0600); "": inherited
    const std::vector<std::string>* environment = nullptr;  ///< NAME=value each; nullptr: this process's environment
    bool default_signals = false;    ///< SIGPIPE and SIGXFSZ at their default actions (this process ignores them)
    bool own_process_group = false;  ///< a Ctrl-C at the terminal reaches this process only, not the child
};

/// A started program. The pipe ends are this process's to close (close-on-exec: no other child inherits them).
struct Child {
    pid_t pid = -1;
    int stdin_fd = -1;   ///< writing end of the stdin pipe; -1 without one
    int stdout_fd = -1;  ///< reading end of the stdout pipe; -1 without one
};

/// Starts argv[0] (a path: no PATH search, no shell) with `argv`. Throws std::runtime_error "cannot start PROGRAM:
/// REASON" when it cannot be started (nothing is left open then).
Child spawn_program(const std::vector<std::string>& argv, const SpawnOptions& options = {});

/// Waits for `pid` to end (retrying when a signal interrupts) and returns its wait status; fills `usage` when given.
int wait_program(pid_t pid, rusage* usage = nullptr);

}  // namespace exporter
