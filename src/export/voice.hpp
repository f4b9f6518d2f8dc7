// Speech synthesis for draft narration: a text-to-speech program (flite or festival's text2wave) run per line.
#pragma once
#include <string>

#include "export/audio.hpp"

namespace exporter {

/// A speech engine found on the system.
struct Voice {
    enum class Kind { flite, festival };
    Kind kind = Kind::flite;
    std::string program;  ///< full path of flite or text2wave
};

/// Resolves `--voice NAME`: "flite", "festival" (its text2wave program), or a path to either program (a name
/// containing "text2wave" or "festival" is run as festival, anything else as flite). Throws one line when the
/// engine is unknown or not installed.
Voice find_voice(const std::string& name);

/// Speaks `text` into a WAV file inside `work_dir` and returns it as mono audio at the engine's rate. Throws one
/// line (with the engine's last error line) when the engine fails or writes no audio.
AudioClip synthesize(const Voice& voice, const std::string& text, const std::string& work_dir);

}  // namespace exporter
