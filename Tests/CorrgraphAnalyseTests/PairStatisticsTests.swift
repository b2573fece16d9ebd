import CorrgraphAnalyse
import CorrgraphGraph
import CorrgraphRead
import Testing

@Suite("Pair statistics")
struct PairStatisticsTests {
    // 0 Stalin, 1 Mao, 2 Kovalev, 3 Zhou, 4 Kim
    static func corpus() -> CorrespondenceGraph {
        var b = CorpusBuilder(names: ["Stalin", "Mao", "Kovalev", "Zhou", "Kim"])
        b.message([0], [1], via: [2], on: "1949-12-16")
        b.message([0], [1], on: "1950-01")
        b.message([0], [1], on: "1950")
        b.message([1], [0], on: "1950-02-14")
        b.message([0], [3])
        b.message([4], [0], on: "1950-04-10")
        b.message([0], [0], on: "1950-04-11")          // to oneself: not a pair
        b.conversation([0, 3, 3], on: "1949-12-24")    // Stalin meets Zhou
        b.conversation([1, 3], on: "1950-01-22")
        return b.graph
    }

    @Test func pairsCountedByOriginalSenderAndFinalRecipient() throws {
        let stats = PairStatistics.compute(Self.corpus())
        let key = { (p: PairStatistics.Pair) in "\(p.from)>\(p.to)" }
        #expect(stats.pairs.map(key) == ["Stalin>Mao", "Stalin>Zhou", "Kim>Stalin", "Mao>Stalin", "Mao>Zhou",
                                         "Zhou>Mao", "Zhou>Stalin"])
        let sm = stats.pairs[0]
        #expect(sm.messages == 3 && sm.relayed == 1 && sm.messagesBack == 1 && sm.conversations == 0)
        #expect(sm.reciprocated)
        #expect(sm.first == CalendarDay(year: 1949, month: 12, day: 16))
        #expect(sm.last == CalendarDay(year: 1950, month: 12, day: 31))
        let sz = stats.pairs[1]
        #expect(sz.messages == 1 && sz.conversations == 1 && sz.reciprocated)
        #expect(sz.first == CalendarDay(year: 1949, month: 12, day: 24) && sz.last == sz.first)
        let kim = stats.pairs[2]
        #expect(!kim.reciprocated && kim.messagesBack == 0)
        #expect(!stats.pairs.contains { $0.from == "Kovalev" || $0.to == "Kovalev" })
    }

    @Test func periodsByYearAndMonth() {
        let years = PairStatistics.compute(Self.corpus(), by: .year).periods
        #expect(years.map(\.period) == ["1949", "1950", "undated"])
        #expect(years.map(\.messages) == [1, 5, 1])
        #expect(years.map(\.conversations) == [1, 1, 0])
        let months = PairStatistics.compute(Self.corpus(), by: .month).periods
        #expect(months.map(\.period) == ["1949-12", "1950", "1950-01", "1950-02", "1950-04", "undated"])
        #expect(months.map(\.messages) == [1, 1, 1, 1, 2, 1])
        #expect(months.map(\.conversations) == [1, 0, 1, 0, 0, 0])
    }

    @Test func egoNetwork() {
        let graph = Self.corpus()
        let kim = CorrespondentLookup.find("kim", in: graph)!
        let stats = PairStatistics.compute(graph, ego: kim)
        // Kim's alters: Stalin only; pairs among {Kim, Stalin}.
        #expect(stats.pairs.map { "\($0.from)>\($0.to)" } == ["Kim>Stalin"])
        #expect(stats.periods.map(\.period) == ["1950"])
        let zhou = CorrespondentLookup.find("Zhou", in: graph)!
        let zhouPairs = PairStatistics.compute(graph, ego: zhou).pairs
        // Zhou, Stalin, Mao and the pairs among them (Stalin↔Mao included), not Kim's.
        #expect(zhouPairs.count == 6)
        #expect(CorrespondentLookup.find("Beria", in: graph) == nil)
    }
}
