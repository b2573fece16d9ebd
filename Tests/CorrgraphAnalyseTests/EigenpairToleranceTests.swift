import Testing
@testable import CorrgraphAnalyse

/// The eigensolver's stopping tolerance scales with the rounding error of its product A x, whose
/// longest row sum (a hub's) can lie above the fixed 5e-14.
@Suite("Top eigenpair tolerance at rounding level")
struct EigenpairToleranceTests {
    /// A star: hub 0 joined to leaves 1...leaves with weights 1 + (i mod 7)/3, the upper triangle only.
    static func star(leaves: Int) -> SymmetricCSR {
        SymmetricCSR(offsets: [0] + [Int](repeating: leaves, count: leaves + 1),
                     targets: (1...leaves).map { Int32($0) },
                     weights: (1...leaves).map { 1 + Double($0 % 7) / 3 })
    }

    @Test("the tolerance is 5e-14 up to rows of 2,251 entries, then a tenth of L·ε")
    func toleranceValues() {
        // ε = 2⁻⁵² = 2.220446049250313e-16; ε · L / 10 = 5e-14 at L = 2,251.8.
        #expect(TopEigenpair.defaultTolerance(maximumRowLength: 0) == 5e-14)
        #expect(TopEigenpair.defaultTolerance(maximumRowLength: 3) == 5e-14)
        #expect(TopEigenpair.defaultTolerance(maximumRowLength: 2_251) == 5e-14)
        let justAbove = TopEigenpair.defaultTolerance(maximumRowLength: 2_252)  // 5.000444...e-14
        #expect(abs(justAbove - 5.000444502911705e-14) <= 1e-15 * 5e-14)
        let hub = TopEigenpair.defaultTolerance(maximumRowLength: 100_000)  // 10⁴ ε
        #expect(abs(hub - 2.220446049250313e-12) <= 1e-15 * 2.220446049250313e-12)
    }

    @Test("the longest row counts the entries stored above it in its column and the diagonal")
    func rowLength() {
        // Path 0 – 1 – 2 – 3 with a self-loop on 1: row 1 holds (1,0), (1,1), (1,2).
        let path = SymmetricCSR(offsets: [0, 1, 3, 4, 4], targets: [1, 1, 2, 3], weights: [1, 2, 1, 1])
        #expect(path.maximumRowLength == 3)
        #expect(Self.star(leaves: 5).maximumRowLength == 5)
    }

    /// Star of 100,000 leaves: λ = √(Σ wᵢ²) with Σ wᵢ² = (14,285 · 280 + 190) / 9 = 3,999,990 / 9
    /// (each full cycle of residues 0…6 gives Σ (3 + r)² / 9 = 280 / 9; the last five leaves have
    /// residues 1…5, 190 / 9); hub entry 1/√2, leaf i entry wᵢ / (√2 λ).
    static func checkStar(_ result: TopEigenpair.Result) {
        let lambda = (3_999_990.0 / 9).squareRoot()
        #expect(abs(result.value - lambda) <= 1e-12 * lambda)
        let sign: Double = result.vector[0] < 0 ? -1 : 1
        #expect(abs(sign * result.vector[0] - 0.5.squareRoot()) <= 1e-12)
        for (leaf, weight) in [(1, 4.0 / 3), (7, 1.0), (100_000, 8.0 / 3)] {
            let expected = weight / (2.0.squareRoot() * lambda)
            #expect(abs(sign * result.vector[leaf] - expected) <= 1e-12 * expected)
        }
    }

    @Test("a hub of 100,000 correspondents converges by the scaled tolerance, where 5e-14 is out of reach")
    func largeHub() {
        let a = Self.star(leaves: 100_000)
        let start = [Double](repeating: 1, count: a.size)
        let scaled = TopEigenpair.lobpcg(a, start: start)
        #expect(scaled.stop == .tolerance)
        #expect(scaled.relativeResidual <= 2.220446049250313e-12)
        Self.checkStar(scaled)
        // With the fixed 5e-14 the residual stalls above it (its floor here is about 4e-13): the
        // solver stops through its stagnation window and still returns its best vector.
        let fixed = TopEigenpair.lobpcg(a, start: start, tolerance: 5e-14)
        #expect(fixed.stop == .stagnation)
        #expect(fixed.steps >= 10)
        #expect(fixed.steps > scaled.steps)
        #expect(fixed.relativeResidual <= 1e-12)
        Self.checkStar(fixed)
    }
}
