/// A small seeded random generator (SplitMix64, Steele, Lea & Flood 2014,
/// doi:10.1145/2714064.2660195): the same seed gives the same samples on every machine,
/// which keeps approximate results reproducible.
///
/// ```swift
/// var rng = SplitMix64(seed: 42)
/// let k = Int.random(in: 0..<10, using: &rng)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits (Steele, Lea & Flood's constants and mixing function).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
