// Seeded hashes and value noise: every random-looking quantity is a pure function of its inputs.
#include "scene/random.hpp"

#include <algorithm>
#include <cmath>

namespace scene {

std::uint64_t mix64(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

std::uint64_t hash3(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
    return mix64(mix64(mix64(seed) ^ stream) ^ index);
}

float unit(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
    return static_cast<float>(hash3(seed, stream, index) >> 40) / static_cast<float>(1ull << 24);
}

float uniform(std::uint64_t seed, std::uint64_t stream, std::uint64_t index, float lo, float hi) {
    return lo + (hi - lo) * unit(seed, stream, index);
}

float value_noise(std::uint64_t key, double t_s, double period_s) {
    const double x = t_s / period_s;
    const double cell = std::floor(x);
    const auto i = static_cast<std::int64_t>(cell);
    const float f = static_cast<float>(x - cell);
    const float a = 2.0f * unit(key, 0x6e6f, static_cast<std::uint64_t>(i)) - 1.0f;
    const float b = 2.0f * unit(key, 0x6e6f, static_cast<std::uint64_t>(i + 1)) - 1.0f;
    const float s = f * f * f * (f * (f * 6.0f - 15.0f) + 10.0f);  // quintic smoothstep
    return a + (b - a) * s;
}

glm::vec2 wander(std::uint64_t key, double t_s, float amplitude_world, double period_s) {
    glm::vec2 offset{0.0f};
    float amplitude = amplitude_world;
    double period = period_s;
    for (std::uint64_t octave = 0; octave < 3; ++octave) {
        offset.x += amplitude * value_noise(mix64(key ^ (octave * 2 + 1)), t_s, period);
        offset.y += amplitude * value_noise(mix64(key ^ (octave * 2 + 2)), t_s, period);
        amplitude *= 0.4f;
        period *= 0.35;
    }
    return offset;
}

float reflect_into(float x, float lo, float hi) {
    const float span = hi - lo;
    if (span <= 0.0f) return lo;
    float u = std::fmod(x - lo, 2.0f * span);
    if (u < 0.0f) u += 2.0f * span;
    return lo + (u <= span ? u : 2.0f * span - u);
}

bool poisson_event(std::uint64_t key, std::int64_t bin, double bin_s, double rate_hz) {
    const double p = 1.0 - std::exp(-std::max(0.0, rate_hz) * bin_s);
    return static_cast<double>(unit(key, 0x7370, static_cast<std::uint64_t>(bin))) < p;
}

}  // namespace scene
