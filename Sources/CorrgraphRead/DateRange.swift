/// A day of the proleptic Gregorian calendar, ordered chronologically.
///
/// ```swift
/// let day = CalendarDay(year: 1950, month: 2, day: 14)
/// day.description                         // "1950-02-14"
/// day < CalendarDay(iso: "1950-03")!      // true
/// ```
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year; four digits in the corpora read, written with at least four.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31.
    public var day: Int

    /// The day as given; the values are not checked (`init?(iso:atEnd:)` checks them).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Chronological order: by year, then month, then day.
    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// ISO 8601 `YYYY-MM-DD`.
    public var description: String {
        let y = String(year).leftPadded(to: 4)
        return "\(y)-\(String(month).leftPadded(to: 2))-\(String(day).leftPadded(to: 2))"
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial date yields the first (`atEnd: false`)
    /// or last (`atEnd: true`) day it covers.
    ///
    /// ```swift
    /// CalendarDay(iso: "1950-02", atEnd: true)   // 1950-02-28
    /// ```
    public init?(iso: String, atEnd: Bool = false) {
        // `YYYY`, `YYYY-MM`, `YYYY-MM-DD` in ASCII digits (the usual form) are read on their bytes;
        // anything else (a sign, other digits, other lengths) goes the general way below.
        let bytes = iso.utf8
        if bytes.count == 4 || bytes.count == 7 || bytes.count == 10 {
            var values = [0, 0, 0], field = 0, plain = true
            for (k, b) in bytes.enumerated() {
                if k == 4 || k == 7 {
                    if b != UInt8(ascii: "-") { plain = false; break }
                    field += 1
                } else if b >= 0x30 && b <= 0x39 {
                    values[field] = values[field] * 10 + Int(b - 0x30)
                } else {
                    plain = false; break
                }
            }
            if plain {
                let y = values[0]
                var m = atEnd ? 12 : 1
                if field >= 1 {
                    guard (1...12).contains(values[1]) else { return nil }
                    m = values[1]
                }
                var d = atEnd ? CalendarDay.daysIn(month: m, year: y) : 1
                if field == 2 {
                    guard (1...CalendarDay.daysIn(month: m, year: y)).contains(values[2]) else { return nil }
                    d = values[2]
                }
                self.init(year: y, month: m, day: d)
                return
            }
        }
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), let y = Int(parts[0]), parts[0].count == 4 else { return nil }
        var m = atEnd ? 12 : 1
        if parts.count >= 2 {
            guard let mm = Int(parts[1]), (1...12).contains(mm), parts[1].count == 2 else { return nil }
            m = mm
        }
        var d = atEnd ? CalendarDay.daysIn(month: m, year: y) : 1
        if parts.count == 3 {
            guard let dd = Int(parts[2]), (1...CalendarDay.daysIn(month: m, year: y)).contains(dd),
                  parts[2].count == 2 else { return nil }
            d = dd
        }
        self.init(year: y, month: m, day: d)
    }
}

/// The closed interval of days a catalogue date denotes: "1948" is 1948-01-01…1948-12-31.
///
/// ```swift
/// let year = DateRange(start: CalendarDay(iso: "1949")!, end: CalendarDay(iso: "1949", atEnd: true)!)
/// year.overlaps(DateRange(start: CalendarDay(iso: "1949-12-16")!, end: CalendarDay(iso: "1950-02-14")!))   // true
/// ```
public struct DateRange: Sendable, Hashable, Codable {
    /// The first day of the interval.
    public var start: CalendarDay
    /// The last day of the interval (equal to `start` for a single day).
    public var end: CalendarDay

    /// The interval `start…end`; `start` should not be later than `end`.
    public init(start: CalendarDay, end: CalendarDay) {
        self.start = start
        self.end = end
    }

    /// Whether the two intervals share at least one day.
    public func overlaps(_ other: DateRange) -> Bool {
        start <= other.end && other.start <= end
    }
}

extension CalendarDay {
    /// The bound of an interval open towards the past (a date known only as "not after").
    public static let distantPast = CalendarDay(year: 1, month: 1, day: 1)
    /// The bound of an interval open towards the future (a date known only as "not before").
    public static let distantFuture = CalendarDay(year: 9999, month: 12, day: 31)
}

extension DateRange {
    /// An interval with one known bound: `notBefore` only (`earliest`) or `notAfter` only (`latest`).
    /// It overlaps every slice on its open side, so date slices keep it.
    public init(earliest: CalendarDay?, latest: CalendarDay?) {
        self.init(start: earliest ?? .distantPast, end: latest ?? .distantFuture)
    }

    /// Whether the interval has no known start (`notAfter` only).
    public var isOpenStart: Bool { start == .distantPast }
    /// Whether the interval has no known end (`notBefore` only).
    public var isOpenEnd: Bool { end == .distantFuture }
    /// The earliest day the source states: the start, or the end of an interval open at the start.
    /// First/last dates in tables use these, never the open bound.
    public var firstKnown: CalendarDay { isOpenStart ? end : start }
    /// The latest day the source states: the end, or the start of an interval open at the end.
    public var lastKnown: CalendarDay { isOpenEnd ? start : end }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
