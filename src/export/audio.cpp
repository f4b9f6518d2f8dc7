// WAV reading and writing, linear resampling and mixing for the recorder's audio track.
#include "export/audio.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace exporter {
namespace {

std::uint32_t le32(const unsigned char* p) {
    return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[3]} << 24);
}
std::uint16_t le16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | (p[1] << 8)); }

struct WavFormat {
    int encoding = 0;  ///< 1 PCM, 3 IEEE float (0xFFFE extensible: taken from its sub-format)
    int channels = 0;
    int rate_hz = 0;
    int bits = 0;
};

float sample_value(const unsigned char* p, const WavFormat& f) {
    if (f.encoding == 3 && f.bits == 32) {
        float v;
        std::memcpy(&v, p, 4);
        return v;
    }
    if (f.encoding == 3 && f.bits == 64) {
        double v;
        std::memcpy(&v, p, 8);
        return static_cast<float>(v);
    }
    switch (f.bits) {
        case 8: return (static_cast<int>(p[0]) - 128) / 128.0f;
        case 16: return static_cast<std::int16_t>(le16(p)) / 32768.0f;
        case 24: {
            std::int32_t v = static_cast<std::int32_t>((std::uint32_t{p[0]} << 8) | (std::uint32_t{p[1]} << 16) |
                                                       (std::uint32_t{p[2]} << 24));
            return static_cast<float>(v / 256) / 8388608.0f;
        }
        default: return static_cast<float>(static_cast<std::int32_t>(le32(p)) / 2147483648.0);
    }
}

WavFormat parse_fmt(const std::vector<unsigned char>& c, const std::string& path) {
    if (c.size() < 16) throw std::runtime_error(path + ": not a WAV file (bad fmt chunk)");
    WavFormat f{le16(&c[0]), le16(&c[2]), static_cast<int>(le32(&c[4])), le16(&c[14])};
    if (f.encoding == 0xFFFE && c.size() >= 26) f.encoding = le16(&c[24]);
    const bool pcm = f.encoding == 1 && (f.bits == 8 || f.bits == 16 || f.bits == 24 || f.bits == 32);
    const bool flt = f.encoding == 3 && (f.bits == 32 || f.bits == 64);
    if (!pcm && !flt)
        throw std::runtime_error(path + ": unsupported WAV encoding (format " + std::to_string(f.encoding) + ", " +
                                 std::to_string(f.bits) + " bits); use PCM or float WAV");
    if (f.channels < 1 || f.channels > 2)
        throw std::runtime_error(path + ": " + std::to_string(f.channels) +
                                 " channels; narration must be mono or stereo (stereo is mixed down to mono)");
    if (f.rate_hz < 8000 || f.rate_hz > 192000)
        throw std::runtime_error(path + ": sample rate " + std::to_string(f.rate_hz) + " Hz is outside 8000..192000");
    return f;
}

}  // namespace

AudioClip read_wav(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot read the audio file (" + std::strerror(errno) + ")");
    const std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < 12 || std::memcmp(bytes.data(), "RIFF", 4) != 0 || std::memcmp(&bytes[8], "WAVE", 4) != 0)
        throw std::runtime_error(path + ": not a WAV file (convert it with: ffmpeg -i IN -ar 48000 OUT.wav)");
    WavFormat format;
    const unsigned char* data = nullptr;
    std::size_t data_size = 0;
    for (std::size_t at = 12; at + 8 <= bytes.size();) {
        const std::size_t size = le32(&bytes[at + 4]);
        const std::size_t body = at + 8, avail = std::min(size, bytes.size() - body);
        if (std::memcmp(&bytes[at], "fmt ", 4) == 0)
            format = parse_fmt(
                {bytes.begin() + static_cast<long>(body), bytes.begin() + static_cast<long>(body + avail)}, path);
        if (std::memcmp(&bytes[at], "data", 4) == 0) {
            data = &bytes[body];
            data_size = avail;  // a streamed file's size field may overstate it: take what is there
        }
        at = body + size + (size & 1);
    }
    if (format.channels == 0) throw std::runtime_error(path + ": not a WAV file (no fmt chunk)");
    if (!data) throw std::runtime_error(path + ": WAV file without a data chunk");
    const std::size_t frame_bytes = static_cast<std::size_t>(format.bits / 8) * format.channels;
    const std::size_t frames = data_size / frame_bytes;
    if (frames == 0) throw std::runtime_error(path + ": the WAV file holds no samples");
    AudioClip clip{format.rate_hz, std::vector<float>(frames)};
    for (std::size_t i = 0; i < frames; ++i) {
        float sum = 0.0f;
        for (int c = 0; c < format.channels; ++c)
            sum += sample_value(data + i * frame_bytes + static_cast<std::size_t>(c * format.bits / 8), format);
        clip.samples[i] = sum / static_cast<float>(format.channels);
    }
    return clip;
}

void write_wav(const std::string& path, const AudioClip& clip) {
    const std::uint32_t data_bytes = static_cast<std::uint32_t>(clip.samples.size() * 2);
    std::vector<unsigned char> out(44 + data_bytes);
    auto put32 = [&](std::size_t at, std::uint32_t v) {
        for (int i = 0; i < 4; ++i) out[at + i] = static_cast<unsigned char>(v >> (8 * i));
    };
    auto put16 = [&](std::size_t at, std::uint16_t v) {
        out[at] = static_cast<unsigned char>(v);
        out[at + 1] = static_cast<unsigned char>(v >> 8);
    };
    std::memcpy(&out[0], "RIFF", 4);
    put32(4, 36 + data_bytes);
    std::memcpy(&out[8], "WAVEfmt ", 8);
    put32(16, 16);
    put16(20, 1);
    put16(22, 1);
    put32(24, static_cast<std::uint32_t>(clip.rate_hz));
    put32(28, static_cast<std::uint32_t>(clip.rate_hz * 2));
    put16(32, 2);
    put16(34, 16);
    std::memcpy(&out[36], "data", 4);
    put32(40, data_bytes);
    for (std::size_t i = 0; i < clip.samples.size(); ++i) {
        const float v = std::clamp(clip.samples[i], -1.0f, 1.0f);
        put16(44 + 2 * i, static_cast<std::uint16_t>(static_cast<std::int16_t>(std::lround(v * 32767.0f))));
    }
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(out.data()), static_cast<std::streamsize>(out.size()));
    file.close();
    if (!file) throw std::runtime_error(path + ": cannot write the audio track (" + std::strerror(errno) + ")");
}

AudioClip resample(const AudioClip& clip, int rate_hz) {
    if (clip.rate_hz == rate_hz || clip.samples.empty()) return {rate_hz, clip.samples};
    const std::size_t n_in = clip.samples.size();
    const auto n_out = static_cast<std::size_t>(
        (static_cast<std::uint64_t>(n_in) * static_cast<std::uint64_t>(rate_hz) + clip.rate_hz - 1) / clip.rate_hz);
    AudioClip out{rate_hz, std::vector<float>(n_out)};
    for (std::size_t i = 0; i < n_out; ++i) {
        // position in the input: i * in_rate / out_rate, split into integer and fraction exactly
        const std::uint64_t num = static_cast<std::uint64_t>(i) * static_cast<std::uint64_t>(clip.rate_hz);
        const std::size_t j = static_cast<std::size_t>(num / static_cast<std::uint64_t>(rate_hz));
        const float frac = static_cast<float>(num % static_cast<std::uint64_t>(rate_hz)) / static_cast<float>(rate_hz);
        const float a = clip.samples[std::min(j, n_in - 1)], b = clip.samples[std::min(j + 1, n_in - 1)];
        out.samples[i] = a + (b - a) * frac;
    }
    return out;
}

AudioClip trim_silence(const AudioClip& clip, float threshold) {
    const auto loud = [&](float v) { return std::abs(v) >= threshold; };
    const auto first = std::find_if(clip.samples.begin(), clip.samples.end(), loud);
    if (first == clip.samples.end()) return clip;
    const auto last = std::find_if(clip.samples.rbegin(), clip.samples.rend(), loud).base();
    return {clip.rate_hz, std::vector<float>(first, last)};
}

long sample_at_frame(long frame_index, int fps, int rate_hz) {
    return static_cast<long>((static_cast<std::int64_t>(frame_index) * rate_hz + fps / 2) / fps);
}

void mix_into(std::vector<float>& track, const AudioClip& clip, long at) {
    if (at < 0 || static_cast<std::size_t>(at) + clip.samples.size() > track.size())
        throw std::logic_error("audio clip runs past the end of the track");
    for (std::size_t i = 0; i < clip.samples.size(); ++i) track[static_cast<std::size_t>(at) + i] += clip.samples[i];
}

}  // namespace exporter
