// Stateless, seeded randomness for the picture: hashes of (seed, stream, index) and smooth wandering.
#pragma once
#include <cstdint>

#include <glm/vec2.hpp>

namespace scene {

/// SplitMix64 finaliser: a well-mixed 64-bit hash.
std::uint64_t mix64(std::uint64_t x);

/// Hash of a seed, a stream id (which kind of thing) and an index (which one).
std::uint64_t hash3(std::uint64_t seed, std::uint64_t stream, std::uint64_t index);

/// Uniform in [0, 1) from hash3.
float unit(std::uint64_t seed, std::uint64_t stream, std::uint64_t index);

/// Uniform in [lo, hi) from hash3.
float uniform(std::uint64_t seed, std::uint64_t stream, std::uint64_t index, float lo, float hi);

/// Smooth 1D value noise in [-1, 1] at time t_s, with features about `period_s` apart.
float value_noise(std::uint64_t key, double t_s, double period_s);

/// A diffusing particle's offset from its start at time t_s: several octaves of value noise, so it
/// wanders without purpose (amplitude_world is the typical excursion of the slowest octave).
glm::vec2 wander(std::uint64_t key, double t_s, float amplitude_world, double period_s);

/// Folds x into [lo, hi] by reflection at the walls (a particle bouncing inside a box).
float reflect_into(float x, float lo, float hi);

/// Whether an event fires in the bin [k dt, (k + 1) dt) of a Poisson process of rate `rate_hz`
/// (thinning of a fixed lattice: raising the rate only adds events, lowering it only removes).
bool poisson_event(std::uint64_t key, std::int64_t bin, double bin_s, double rate_hz);

}  // namespace scene
