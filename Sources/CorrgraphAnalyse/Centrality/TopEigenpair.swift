/// A symmetric matrix in CSR form over local indices 0..<size (rows' targets ascending).
struct SymmetricCSR {
    let offsets: [Int]
    let targets: [Int32]
    let weights: [Double]

    var size: Int { offsets.count - 1 }

    /// result = A · vector.
    func multiply(_ vector: [Double], into result: inout [Double]) {
        vector.withUnsafeBufferPointer { v in
            targets.withUnsafeBufferPointer { t in
                weights.withUnsafeBufferPointer { w in
                    result.withUnsafeMutableBufferPointer { r in
                        for row in 0..<size {
                            var sum = 0.0
                            for i in offsets[row]..<offsets[row + 1] { sum += w[i] * v[Int(t[i])] }
                            r[row] = sum
                        }
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
/// itself and A x is recomputed each step.
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
    }

    /// Stops when ‖A x − λ x‖₂ ≤ `tolerance` · |λ|; when the residual, once below 1e-10 · |λ|, has
    /// not reached a new low for `stagnationWindow` steps (it is at rounding level, where further
    /// steps only let the recurrences for A x and A p drift: the best vector is returned); or after
    /// `maximumSteps`. The returned residual is checked on a freshly computed A x; if the recurrence
    /// was too optimistic, the solver restarts from there.
    static func lobpcg(_ a: SymmetricCSR, start: [Double], tolerance: Double = 5e-14,
                       stagnationWindow: Int = 10, maximumSteps: Int = 100_000) -> Result {
        let size = a.size
        var x = start
        scale(&x, by: 1 / norm(x))
        var ax = [Double](repeating: 0, count: size)
        a.multiply(x, into: &ax)
        var lambda = dot(x, ax)
        var w = [Double](repeating: 0, count: size)
        var aw = w
        var p = w
        var ap = w
        var hasDirection = false
        var fresh = true  // ax was computed by a product, not by recurrence
        var best = Double.infinity
        var bestX = x
        var stepsSinceBest = 0
        var steps = 0
        while true {
            for i in 0..<size { w[i] = ax[i] - lambda * x[i] }
            var residual = norm(w) / abs(lambda)
            if residual < 1e-10 && !fresh {
                // Near rounding level the recurrence for A x drifts by more than the residual
                // itself: from here on, one more product a step keeps A x exact.
                a.multiply(x, into: &ax)
                lambda = dot(x, ax)
                for i in 0..<size { w[i] = ax[i] - lambda * x[i] }
                residual = norm(w) / abs(lambda)
                fresh = true
            }
            if residual < best {
                best = residual
                bestX = x
                stepsSinceBest = 0
            } else {
                stepsSinceBest += 1
            }
            let converged = residual <= tolerance
            let stalled = (best < 1e-10 && stepsSinceBest >= stagnationWindow) || steps >= maximumSteps
            if converged && fresh {
                return finish(ax, lambda: lambda, steps: steps, residual: residual)
            }
            if converged || stalled {
                if !converged { x = bestX }
                a.multiply(x, into: &ax)
                lambda = dot(x, ax)
                if stalled {
                    for i in 0..<size { w[i] = ax[i] - lambda * x[i] }
                    return finish(ax, lambda: lambda, steps: steps, residual: norm(w) / abs(lambda))
                }
                // The recurrence for A x drifts by rounding and was too optimistic: go on from the
                // fresh product, restarting the direction p, whose A p drifts the same way.
                fresh = true
                hasDirection = false
                continue
            }
            steps += 1
            // w: the residual made orthonormal to x (twice, for rounding).
            for _ in 0..<2 {
                let cx = dot(x, w)
                for i in 0..<size { w[i] -= cx * x[i] }
            }
            let wNorm = norm(w)
            guard wNorm > 0 else {
                if !fresh { a.multiply(x, into: &ax) }
                return finish(ax, lambda: dot(x, ax), steps: steps, residual: 0)
            }
            scale(&w, by: 1 / wNorm)
            a.multiply(w, into: &aw)
            // p: the previous direction made orthonormal to x and w; dropped when (nearly) in their span.
            var useDirection = hasDirection
            if hasDirection {
                let before = norm(p)
                for _ in 0..<2 {
                    let cx = dot(x, p), cw = dot(w, p)
                    for i in 0..<size {
                        p[i] -= cx * x[i] + cw * w[i]
                        ap[i] -= cx * ax[i] + cw * aw[i]
                    }
                }
                let after = norm(p)
                if after > 1e-8 * before {
                    scale(&p, by: 1 / after)
                    scale(&ap, by: 1 / after)
                } else {
                    useDirection = false
                }
            }
            // Rayleigh–Ritz on the orthonormal basis [x, w, p].
            var gram: [[Double]]
            if useDirection {
                let xw = dot(x, aw), xp = dot(x, ap), wp = dot(w, ap)
                gram = [[lambda, xw, xp], [xw, dot(w, aw), wp], [xp, wp, dot(p, ap)]]
            } else {
                let xw = dot(x, aw)
                gram = [[lambda, xw], [xw, dot(w, aw)]]
            }
            let (theta, c) = largestEigenpair(symmetric: &gram)
            let cp = useDirection ? c[2] : 0
            for i in 0..<size {
                let direction = c[1] * w[i] + cp * p[i]
                let aDirection = c[1] * aw[i] + cp * ap[i]
                p[i] = direction
                ap[i] = aDirection
                x[i] = c[0] * x[i] + direction
                ax[i] = c[0] * ax[i] + aDirection
            }
            hasDirection = true
            fresh = false
            let xNorm = norm(x)
            scale(&x, by: 1 / xNorm)
            scale(&ax, by: 1 / xNorm)
            lambda = theta
        }
    }

    /// The result from a converged x, given the exact product A x: one closing power step, x ← A x /
    /// ‖A x‖. It cannot increase the error (no other eigenvalue exceeds λ₁ in absolute value) and it makes the error of small entries relative rather than absolute: an entry
    /// is recomputed from its neighbours' larger, relatively accurate entries.
    static func finish(_ ax: [Double], lambda: Double, steps: Int, residual: Double) -> Result {
        var vector = ax
        scale(&vector, by: 1 / norm(vector))
        return Result(vector: vector, value: lambda, steps: steps, relativeResidual: residual)
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

    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in a.indices { sum += a[i] * b[i] }
        return sum
    }

    static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }

    static func scale(_ a: inout [Double], by factor: Double) {
        for i in a.indices { a[i] *= factor }
    }
}
