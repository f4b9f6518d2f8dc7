// Runs flite (text as an argument) or festival's text2wave (text on stdin) without a shell, one line at a time.
#include "export/voice.hpp"

#include <sys/wait.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "export/sink.hpp"
#include "export/sink_detail.hpp"

namespace exporter {
namespace {

namespace fs = std::filesystem;

std::string engine_name(const Voice& voice) { return voice.kind == Voice::Kind::flite ? "flite" : "festival"; }

}  // namespace

Voice find_voice(const std::string& name) {
    const std::string base = fs::path(name).filename().string();
    Voice voice;
    voice.kind = base.find("text2wave") != std::string::npos || base.find("festival") != std::string::npos
                     ? Voice::Kind::festival
                     : Voice::Kind::flite;
    if (name.find('/') == std::string::npos && name != "flite" && name != "festival")
        throw std::runtime_error("--voice: unknown engine '" + name + "' (expected flite, festival or a program path)");
    const std::string program = name == "festival" ? "text2wave" : name;
    voice.program = find_program(program);
    if (voice.program.empty())
        throw std::runtime_error("--voice " + name + ": " + program + " not found; install it (apt-get install " +
                                 (voice.kind == Voice::Kind::flite ? "flite" : "festival") +
                                 ") or record without --voice");
    return voice;
}

AudioClip synthesize(const Voice& voice, const std::string& text, const std::string& work_dir) {
    const std::string wav = (fs::path(work_dir) / "speech.wav").string();
    const std::string log = (fs::path(work_dir) / "voice.log").string();
    std::remove(wav.c_str());
    int status = 0;
    if (voice.kind == Voice::Kind::flite) {
        status = detail::run_program({voice.program, "-t", text, "-o", wav}, "", log);
    } else {
        const std::string input = (fs::path(work_dir) / "speech.txt").string();
        std::ofstream(input, std::ios::binary | std::ios::trunc) << text << '\n';
        status = detail::run_program({voice.program, "-o", wav}, input, log);
    }
    const std::string excerpt = text.size() > 40 ? text.substr(0, 40) + "..." : text;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        const std::string why = detail::last_line(log);
        throw std::runtime_error("--voice " + engine_name(voice) + ": failed on \"" + excerpt + "\"" +
                                 (why.empty() ? "" : " (" + why + ")"));
    }
    try {
        return read_wav(wav);
    } catch (const std::exception& e) {
        throw std::runtime_error("--voice " + engine_name(voice) + ": no usable audio for \"" + excerpt +
                                 "\": " + e.what());
    }
}

}  // namespace exporter
