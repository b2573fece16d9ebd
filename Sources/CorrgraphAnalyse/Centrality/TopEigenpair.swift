/// A symmetric matrix over local indices 0..<size, stored as its upper triangle in CSR form: row i
/// holds the entries (i, j) with j ≥ i, ascending (the diagonal first when present). Half the
/// entries of the full matrix: on the 200k-letter CMIF graph that is what keeps the product's
/// arrays within the 1 MB L2 cache.
struct SymmetricCSR {
    let offsets: [Int]
    let targets: [Int32]
    let weights: [Double]

    var size: Int { offsets.count - 1 }

    /// The most entries in one row of the full matrix (the stored upper part of row i plus the
    /// entries stored above it in column i): the length of the longest sum in a product.
    var maximumRowLength: Int {
        var lengths = [Int](repeating: 0, count: size)
        for row in 0..<size {
            lengths[row] += offsets[row + 1] - offsets[row]
            for i in offsets[row]..<offsets[row + 1] where Int(targets[i]) != row {
                lengths[Int(targets[i])] += 1
            }
        }
        return lengths.max() ?? 0
    }

    /// result = A · vector: each stored entry (i, j) adds to row i and, off the diagonal, to row j.
    func multiply(_ vector: [Double], into result: inout [Double]) {
        vector.withUnsafeBufferPointer { v in
            result.withUnsafeMutableBufferPointer { r in multiply(v, into: r) }
        }
    }

    func multiply(_ v: UnsafeBufferPointer<Double>, into r: UnsafeMutableBufferPointer<Double>) {
        let size = self.size
        offsets.withUnsafeBufferPointer { o in
            targets.withUnsafeBufferPointer { t in
                weights.withUnsafeBufferPointer { w in
                    for row in 0..<size { r[row] = 0 }
                    for row in 0..<size {
                        var start = o[row]
                        let end = o[row + 1]
                        var sum = 0.0
                        if start < end && Int(t[start]) == row {
                            sum = w[start] * v[row]
                            start += 1
                        }
                        let own = v[row]
                        for i in start..<end {
                            let column = Int(t[i])
                            sum += w[i] * v[column]
                            r[column] += w[i] * own
                        }
                        r[row] += sum
                    }
                }
            }
        }
    }
}

/// The largest eigenvalue of a symmetric matrix and its eigenvector, by LOBPCG with a single
/// vector: each step is the Rayleigh–Ritz procedure on span{x, r, p} — the current vector, its
/// residual r = A x − λ x and the previous step's direction p — a 3 × 3 symmetric eigenproblem.
///
/// Like conjugate gradients, the number of steps grows with 1/√gap (gap = (λ₁ − λ₂)/(λ₁ − λₙ)),
/// where power iteration's grows with 1/gap. The basis is kept orthonormal (each new direction is
/// orthogonalized twice against the others, Hetmaniuk & Lehoucq 2006), so the 3 × 3 problem is a
/// standard one; A x and A p follow by the same linear combinations, so a step costs one product with
/// A — until the residual nears rounding level, where that recurrence drifts more than the residual
/// itself and A x is recomputed each step. Besides the product, a step is eight fused passes over
/// seven vectors held in one allocation.
///
/// - Reference: A. V. Knyazev, "Toward the optimal preconditioned eigensolver: Locally optimal block
///   preconditioned conjugate gradient method", SIAM J. Sci. Comput. 23(2), 517–541 (2001),
///   doi:10.1137/S1064827500366124; U. Hetmaniuk, R. Lehoucq, "Basis selection in LOBPCG",
///   J. Comput. Phys. 218(1), 324–332 (2006), doi:10.1016/j.jcp.2006.02.007.
enum TopEigenpair {
    struct Result {
        /// Unit 2-norm eigenvector, sign unfixed.
        var vector: [Double]
        var value: Double
        /// LOBPCG steps taken; products with A: one a step, one at the start, and one more a step once
        /// the residual is below 1e-10.
        var steps: Int
        /// ‖A x − λ x‖₂ / |λ| of the converged x (before the closing power step), from a fresh product.
        var relativeResidual: Double
        /// Why the solver stopped.
        var stop: Stop
    }

    enum Stop: Equatable {
        /// ‖A x − λ x‖₂ ≤ tolerance · |λ| on a fresh product (or the residual is exactly 0).
        case tolerance
        /// The residual stopped falling at rounding level; the best vector seen is returned.
        case stagnation
        case stepLimit
    }

    /// The relative residual the solver stops at: max(5e-14, ε · L / 10), where L is the longest row
    /// of A (`SymmetricCSR.maximumRowLength`) and ε = 2⁻⁵² the machine epsilon.
    ///
    /// Why: the residual cannot fall below the rounding error of the product A x. For A ≥ 0 and the
    /// Perron vector x > 0, a row sum of L terms of one sign is off by at most γ_L · (A x)ᵢ ≈ L ε λ xᵢ
    /// (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., §3.1), so the floor is at most
    /// L ε; measured, it is a fraction of that which grows with L as the rounding of a long one-signed
    /// sum turns from random to biased: 0.016, 0.019 and 0.045 of L ε on weighted stars of 10k, 100k
    /// and 400k leaves (3.5e-14, 4.2e-13, 4.0e-12), 0.02 and 0.005 on the 50k- and 200k-letter
    /// synthetic graphs (L = 802 and 2,360: 3.6e-15, 2.6e-15). A tenth of the bound is 2.2 times the
    /// largest of these; below L = 2,252 it is under 5e-14, which stays in force (on the 200k graph,
    /// 5.24e-14 changes neither its 27 steps nor a bit of the result). A fixed 5e-14 alone is out of
    /// reach for a hub of ~10⁴ correspondents or more, where the solver would stop only through its
    /// stagnation window: `stagnationWindow` more steps of two products each.
    static func defaultTolerance(maximumRowLength: Int) -> Double {
        max(5e-14, Double.ulpOfOne * Double(maximumRowLength) / 10)
    }

    /// Stops when ‖A x − λ x‖₂ ≤ `tolerance` · |λ| (`defaultTolerance` when nil); when the residual,
    /// once below 1e-10 · |λ|, has not reached a new low for `stagnationWindow` steps (it is at
    /// rounding level, where further steps only let the recurrences for A x and A p drift: the best
    /// vector is returned); or after `maximumSteps`. The returned residual is checked on a freshly
    /// computed A x; if the recurrence was too optimistic, the solver restarts from there.
    static func lobpcg(_ a: SymmetricCSR, start: [Double], tolerance: Double? = nil,
                       stagnationWindow: Int = 10, maximumSteps: Int = 100_000) -> Result {
        let tolerance = tolerance ?? defaultTolerance(maximumRowLength: a.maximumRowLength)
        let size = a.size
        // Seven vectors of `size`, in one allocation; every pass below is one fused loop over them.
        let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: 7 * size)
        defer { storage.deallocate() }
        storage.initialize(repeating: 0)
        func vector(_ k: Int) -> UnsafeMutableBufferPointer<Double> {
            UnsafeMutableBufferPointer(rebasing: storage[k * size..<(k + 1) * size])
        }
        let x = vector(0), ax = vector(1), w = vector(2), aw = vector(3), p = vector(4), ap = vector(5)
        let bestX = vector(6)
        var startNorm = 0.0
        for i in 0..<size { startNorm += start[i] * start[i] }
        for i in 0..<size { x[i] = start[i] / startNorm.squareRoot() }
        func multiply(_ v: UnsafeMutableBufferPointer<Double>, into r: UnsafeMutableBufferPointer<Double>) {
            a.multiply(UnsafeBufferPointer(v), into: r)
        }
        func dot(_ u: UnsafeMutableBufferPointer<Double>, _ v: UnsafeMutableBufferPointer<Double>) -> Double {
            var sum = 0.0
            for i in 0..<size { sum += u[i] * v[i] }
            return sum
        }
        /// w = A x − λ x; returns (‖w‖, x · w).
        func residual(lambda: Double) -> (Double, Double) {
            var squares = 0.0, along = 0.0
            for i in 0..<size {
                let r = ax[i] - lambda * x[i]
                w[i] = r
                squares += r * r
                along += x[i] * r
            }
            return (squares.squareRoot(), along)
        }
        // The result from a converged x, given the exact product A x: one closing power step,
        // x ← A x / ‖A x‖. It cannot increase the error (no other eigenvalue exceeds λ₁ in absolute
        // value) and it makes the error of small entries relative rather than absolute: an entry is
        // recomputed from its neighbours' larger, relatively accurate entries.
        func result(lambda: Double, steps: Int, residual: Double, stop: Stop) -> Result {
            var norm = 0.0
            for i in 0..<size { norm += ax[i] * ax[i] }
            norm = norm.squareRoot()
            return Result(vector: (0..<size).map { ax[$0] / norm }, value: lambda, steps: steps,
                          relativeResidual: residual, stop: stop)
        }
        multiply(x, into: ax)
        var lambda = dot(x, ax)
        var hasDirection = false
        var fresh = true  // ax was computed by a product, not by recurrence
        var best = Double.infinity
        var haveBest = false
        var stepsSinceBest = 0
        var steps = 0
        while true {
            var (residualNorm, along) = residual(lambda: lambda)
            var relative = residualNorm / abs(lambda)
            if relative < 1e-10 && !fresh {
                // Near rounding level the recurrence for A x drifts by more than the residual
                // itself: from here on, one more product a step keeps A x exact.
                multiply(x, into: ax)
                lambda = dot(x, ax)
                (residualNorm, along) = residual(lambda: lambda)
                relative = residualNorm / abs(lambda)
                fresh = true
            }
            if relative < best {
                best = relative
                stepsSinceBest = 0
                // Only needed once the residual can stall at rounding level.
                if relative < 1e-10 {
                    for i in 0..<size { bestX[i] = x[i] }
                    haveBest = true
                }
            } else {
                stepsSinceBest += 1
            }
            let converged = relative <= tolerance
            let stalled = (best < 1e-10 && stepsSinceBest >= stagnationWindow) || steps >= maximumSteps
            if converged && fresh {
                return result(lambda: lambda, steps: steps, residual: relative, stop: .tolerance)
            }
            if converged || stalled {
                if !converged && haveBest { for i in 0..<size { x[i] = bestX[i] } }
                multiply(x, into: ax)
                lambda = dot(x, ax)
                if stalled {
                    let (norm, _) = residual(lambda: lambda)
                    return result(lambda: lambda, steps: steps, residual: norm / abs(lambda),
                                  stop: steps >= maximumSteps ? .stepLimit : .stagnation)
                }
                // The recurrence for A x drifts by rounding and was too optimistic: go on from the
                // fresh product, restarting the direction p, whose A p drifts the same way.
                fresh = true
                hasDirection = false
                continue
            }
            steps += 1
            // w: the residual made orthonormal to x — twice, for rounding; each subtraction is
            // fused with the next pass's sum.
            var again = 0.0
            for i in 0..<size {
                w[i] -= along * x[i]
                again += x[i] * w[i]
            }
            var wSquares = 0.0
            for i in 0..<size {
                w[i] -= again * x[i]
                wSquares += w[i] * w[i]
            }
            guard wSquares > 0 else {
                if !fresh { multiply(x, into: ax) }
                return result(lambda: dot(x, ax), steps: steps, residual: 0, stop: .tolerance)
            }
            let wScale = 1 / wSquares.squareRoot()
            for i in 0..<size { w[i] *= wScale }
            multiply(w, into: aw)
            // p: the previous direction made orthonormal to x and w; dropped when (nearly) in their span.
            var useDirection = hasDirection
            if hasDirection {
                var before = 0.0, cx = 0.0, cw = 0.0
                for i in 0..<size {
                    before += p[i] * p[i]
                    cx += x[i] * p[i]
                    cw += w[i] * p[i]
                }
                var cx2 = 0.0, cw2 = 0.0
                for i in 0..<size {
                    p[i] -= cx * x[i] + cw * w[i]
                    ap[i] -= cx * ax[i] + cw * aw[i]
                    cx2 += x[i] * p[i]
                    cw2 += w[i] * p[i]
                }
                var after = 0.0
                for i in 0..<size {
                    p[i] -= cx2 * x[i] + cw2 * w[i]
                    ap[i] -= cx2 * ax[i] + cw2 * aw[i]
                    after += p[i] * p[i]
                }
                if after > 1e-16 * before {
                    let pScale = 1 / after.squareRoot()
                    for i in 0..<size {
                        p[i] *= pScale
                        ap[i] *= pScale
                    }
                } else {
                    useDirection = false
                }
            }
            // Rayleigh–Ritz on the orthonormal basis [x, w, p], its Gram sums in one pass.
            var xw = 0.0, ww = 0.0, xp = 0.0, wp = 0.0, pp = 0.0
            if useDirection {
                for i in 0..<size {
                    xw += x[i] * aw[i]
                    ww += w[i] * aw[i]
                    xp += x[i] * ap[i]
                    wp += w[i] * ap[i]
                    pp += p[i] * ap[i]
                }
            } else {
                for i in 0..<size {
                    xw += x[i] * aw[i]
                    ww += w[i] * aw[i]
                }
            }
            var gram: [[Double]] = useDirection ? [[lambda, xw, xp], [xw, ww, wp], [xp, wp, pp]]
                : [[lambda, xw], [xw, ww]]
            let (theta, c) = largestEigenpair(symmetric: &gram)
            let c0 = c[0], c1 = c[1], cp = useDirection ? c[2] : 0
            var xSquares = 0.0
            for i in 0..<size {
                let direction = c1 * w[i] + cp * p[i]
                let aDirection = c1 * aw[i] + cp * ap[i]
                p[i] = direction
                ap[i] = aDirection
                x[i] = c0 * x[i] + direction
                ax[i] = c0 * ax[i] + aDirection
                xSquares += x[i] * x[i]
            }
            hasDirection = true
            fresh = false
            let xScale = 1 / xSquares.squareRoot()
            for i in 0..<size {
                x[i] *= xScale
                ax[i] *= xScale
            }
            lambda = theta
        }
    }

    /// The largest eigenvalue of a small symmetric matrix and a unit eigenvector, by cyclic Jacobi
    /// rotations (accurate to rounding for any spectrum).
    static func largestEigenpair(symmetric m: inout [[Double]]) -> (Double, [Double]) {
        let k = m.count
        var v = (0..<k).map { i in (0..<k).map { j in i == j ? 1.0 : 0.0 } }
        for _ in 0..<50 {
            var off = 0.0
            for i in 0..<k { for j in (i + 1)..<k { off += m[i][j] * m[i][j] } }
            if off == 0 { break }
            for i in 0..<k {
                for j in (i + 1)..<k where m[i][j] != 0 {
                    let tau = (m[j][j] - m[i][i]) / (2 * m[i][j])
                    // t = tan of the rotation angle, the smaller root of t² + 2τt − 1 = 0; for a huge
                    // τ (τ² would overflow) it is 1/(2τ).
                    let t = abs(tau) > 1e150 ? 1 / (2 * tau)
                        : (tau >= 0 ? 1.0 : -1.0) / (abs(tau) + (1 + tau * tau).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = t * c
                    for r in 0..<k {
                        let mri = m[r][i], mrj = m[r][j]
                        m[r][i] = c * mri - s * mrj
                        m[r][j] = s * mri + c * mrj
                    }
                    for r in 0..<k {
                        let mir = m[i][r], mjr = m[j][r]
                        m[i][r] = c * mir - s * mjr
                        m[j][r] = s * mir + c * mjr
                    }
                    for r in 0..<k {
                        let vri = v[r][i], vrj = v[r][j]
                        v[r][i] = c * vri - s * vrj
                        v[r][j] = s * vri + c * vrj
                    }
                    // The rotation annihilates (i, j); set it exactly, so that `off` reaches 0.
                    m[i][j] = 0
                    m[j][i] = 0
                }
            }
        }
        var top = 0
        for i in 1..<k where m[i][i] > m[top][top] { top = i }
        return (m[top][top], (0..<k).map { v[$0][top] })
    }

    static func norm(_ a: [Double]) -> Double {
        var sum = 0.0
        for value in a { sum += value * value }
        return sum.squareRoot()
    }
}
