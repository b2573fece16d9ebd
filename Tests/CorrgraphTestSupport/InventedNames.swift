/// Distinct full names from several naming cultures for long lists (hostile-input tests): given name
/// and surname, then a generation number past 400 (`Ivan Petrov 3`). Invented: no name of a dev set.
public enum InventedNames {
    static let given = ["Ivan", "Wei", "Min-jun", "Hans", "Omar", "Carlos", "Olga", "Mei", "Ji-woo", "Fatima",
                        "Dmitri", "Jian", "Seo-yeon", "Greta", "Karim", "Lucia", "Pavel", "Ling", "Hyun-woo", "Jürgen"]
    static let surnames = ["Petrov", "Zhang", "Park", "Becker", "Haddad", "Ortega", "Volkova", "Liu", "Choi", "Mansour",
                           "Sokolov", "Chen", "Jeong", "Hoffmann", "Nasser", "Navarro", "Morozov", "Zhao", "Kang", "Schulz"]

    /// `count` distinct names, in a fixed order.
    public static func names(_ count: Int) -> [String] {
        (0..<count).map { k in
            let base = "\(given[k % given.count]) \(surnames[(k / given.count) % surnames.count])"
            let round = k / (given.count * surnames.count)
            return round == 0 ? base : "\(base) \(round + 1)"
        }
    }
}
