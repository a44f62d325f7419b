using Bogus;

namespace PolarisSampleData.Generation;

/// <summary>
/// People's names drawn by how common they are in the US, so a roster reads like a library's and not
/// like a faker's. Weights are facts from public tables, rounded: surnames per 100,000 people in the
/// 2010 census (its 100 most common, and the common O' and D' names), given names as thousands of
/// Social Security card applications since 1880.
/// </summary>
internal static class PersonNames
{
    /// <summary>Share of surnames joined from two, as married couples and their children take them.</summary>
    public const float HyphenatedShare = 0.015f;

    private static readonly Weighted<string> Surnames = new(
    [
        ("Smith", 828), ("Johnson", 655), ("Williams", 551), ("Brown", 487), ("Jones", 483), ("Garcia", 395), ("Miller", 394),
        ("Davis", 378), ("Rodriguez", 371), ("Martinez", 359), ("Hernandez", 354), ("Lopez", 297), ("Gonzalez", 288), ("Wilson", 271),
        ("Anderson", 262), ("Thomas", 260), ("Taylor", 256), ("Moore", 242), ("Jackson", 240), ("Martin", 237), ("Lee", 234),
        ("Perez", 230), ("Thompson", 226), ("White", 224), ("Harris", 214), ("Sanchez", 208), ("Clark", 189), ("Ramirez", 188),
        ("Lewis", 185), ("Robinson", 183), ("Walker", 180), ("Young", 165), ("Allen", 164), ("King", 164), ("Wright", 162),
        ("Scott", 152), ("Torres", 151), ("Nguyen", 149), ("Hill", 148), ("Flores", 146), ("Green", 145), ("Adams", 144),
        ("Nelson", 143), ("Baker", 141), ("Hall", 138), ("Rivera", 136), ("Campbell", 130), ("Mitchell", 129), ("Carter", 128),
        ("Roberts", 128), ("Gomez", 119), ("Phillips", 119), ("Evans", 118), ("Turner", 117), ("Diaz", 117), ("Parker", 115),
        ("Cruz", 115), ("Edwards", 115), ("Collins", 114), ("Reyes", 113), ("Stewart", 111), ("Morris", 109), ("Morales", 108),
        ("Murphy", 107), ("Cook", 106), ("Rogers", 106), ("Gutierrez", 104), ("Ortiz", 103), ("Morgan", 103), ("Cooper", 102),
        ("Peterson", 102), ("Bailey", 101), ("Reed", 100), ("Kelly", 99), ("Howard", 99), ("Ramos", 98), ("Kim", 97), ("Cox", 97),
        ("Ward", 97), ("Richardson", 96), ("Watson", 95), ("Brooks", 94), ("Chavez", 94), ("Wood", 94), ("James", 94),
        ("Bennett", 93), ("Gray", 93), ("Mendoza", 92), ("Ruiz", 92), ("Hughes", 91), ("Price", 90), ("Alvarez", 90),
        ("Castillo", 89), ("Sanders", 89), ("Patel", 88), ("Myers", 88), ("Long", 88), ("Ross", 87), ("Foster", 87), ("Jimenez", 86),
        ("O'Brien", 24), ("O'Connor", 21), ("O'Neal", 15), ("O'Neill", 12), ("O'Donnell", 9), ("D'Angelo", 4),
    ]);

    private static readonly Weighted<string> FemaleNames = new(
    [
        ("Mary", 4120), ("Elizabeth", 1630), ("Patricia", 1570), ("Jennifer", 1470), ("Linda", 1450), ("Barbara", 1430),
        ("Margaret", 1250), ("Susan", 1120), ("Sarah", 1070), ("Jessica", 1050), ("Nancy", 1000), ("Karen", 990), ("Lisa", 970),
        ("Dorothy", 870), ("Sandra", 870), ("Ashley", 850), ("Emily", 840), ("Kimberly", 830), ("Donna", 830), ("Michelle", 810),
        ("Carol", 810), ("Amanda", 770), ("Melissa", 760), ("Deborah", 740), ("Stephanie", 730), ("Betty", 710), ("Rebecca", 690),
        ("Sharon", 690), ("Laura", 660), ("Cynthia", 650), ("Helen", 650), ("Amy", 640), ("Kathleen", 630), ("Angela", 620),
        ("Shirley", 600), ("Anna", 600), ("Brenda", 600), ("Emma", 590), ("Ruth", 580), ("Pamela", 560), ("Nicole", 550),
        ("Virginia", 540), ("Katherine", 530), ("Samantha", 530), ("Christine", 510), ("Catherine", 500), ("Debra", 500),
        ("Rachel", 500), ("Carolyn", 490), ("Janet", 490), ("Maria", 490), ("Heather", 480), ("Diane", 470), ("Frances", 470),
        ("Joyce", 460), ("Julie", 450), ("Olivia", 450), ("Victoria", 430), ("Kelly", 430), ("Lauren", 420), ("Christina", 420),
        ("Joan", 420), ("Evelyn", 410), ("Judith", 400), ("Andrea", 390), ("Hannah", 390), ("Megan", 380), ("Cheryl", 370),
        ("Martha", 370), ("Jacqueline", 360), ("Alice", 360), ("Madison", 350), ("Teresa", 350), ("Gloria", 340), ("Sara", 330),
        ("Jean", 330), ("Janice", 330), ("Ann", 320), ("Kathryn", 320), ("Abigail", 320), ("Sophia", 310), ("Judy", 300),
        ("Isabella", 300), ("Julia", 290), ("Grace", 290), ("Amber", 280), ("Denise", 280), ("Danielle", 280), ("Marilyn", 270),
        ("Beverly", 270), ("Charlotte", 270), ("Natalie", 260), ("Theresa", 260), ("Diana", 260), ("Brittany", 250),
        ("Doris", 250), ("Kayla", 240), ("Alexis", 240), ("Lori", 240),
    ]);

    private static readonly Weighted<string> MaleNames = new(
    [
        ("James", 5200), ("John", 5100), ("Robert", 4800), ("Michael", 4400), ("William", 4100), ("David", 3600), ("Richard", 2600),
        ("Joseph", 2600), ("Charles", 2400), ("Thomas", 2300), ("Christopher", 2000), ("Daniel", 1900), ("Matthew", 1600),
        ("Anthony", 1400), ("Donald", 1400), ("Paul", 1400), ("George", 1400), ("Mark", 1300), ("Steven", 1300), ("Andrew", 1300),
        ("Joshua", 1200), ("Kevin", 1200), ("Brian", 1200), ("Edward", 1200), ("Kenneth", 1100), ("Timothy", 1100),
        ("Ronald", 1100), ("Jason", 1100), ("Jeffrey", 980), ("Ryan", 940), ("Jacob", 930), ("Gary", 900), ("Nicholas", 900),
        ("Frank", 890), ("Eric", 880), ("Stephen", 840), ("Jonathan", 830), ("Larry", 800), ("Justin", 790), ("Scott", 780),
        ("Brandon", 760), ("Raymond", 760), ("Benjamin", 740), ("Samuel", 720), ("Gregory", 700), ("Alexander", 690),
        ("Patrick", 680), ("Henry", 670), ("Jack", 650), ("Dennis", 600), ("Jerry", 600), ("Tyler", 600), ("Walter", 580),
        ("Aaron", 580), ("Jose", 570), ("Adam", 570), ("Douglas", 560), ("Peter", 560), ("Nathan", 550), ("Harold", 540),
        ("Zachary", 530), ("Arthur", 520), ("Kyle", 490), ("Albert", 490), ("Ethan", 480), ("Noah", 460), ("Lawrence", 460),
        ("Jeremy", 450), ("Keith", 450), ("Terry", 450), ("Sean", 450), ("Willie", 450), ("Christian", 440), ("Roger", 440),
        ("Gerald", 440), ("Carl", 440), ("Austin", 430), ("Roy", 430), ("Joe", 420), ("Jesse", 400), ("Louis", 400),
        ("Jordan", 390), ("Bryan", 390), ("Billy", 390), ("Dylan", 380), ("Bruce", 370), ("Juan", 370), ("Gabriel", 360),
        ("Alan", 360), ("Ralph", 360), ("Wayne", 350), ("Eugene", 340), ("Logan", 330), ("Randy", 320), ("Vincent", 330),
        ("Russell", 330), ("Bobby", 330), ("Elijah", 310), ("Mason", 300), ("Philip", 300),
    ]);

    /// <summary>A surname by its frequency; now and then two joined by a hyphen (Smith-Jones).</summary>
    public static string Surname(Faker faker)
    {
        var surname = Surnames.Pick(faker);
        return faker.Random.Bool(HyphenatedShare) ? $"{surname}-{Surnames.Pick(faker)}" : surname;
    }

    public static string GivenName(Faker faker, bool female) => (female ? FemaleNames : MaleNames).Pick(faker);

    /// <summary>Items drawn by whole-number weights: one draw and a binary search over the running totals.</summary>
    private sealed class Weighted<T>
    {
        private readonly T[] _items;
        private readonly int[] _upTo;

        public Weighted(IReadOnlyList<(T Item, int Weight)> items)
        {
            _items = [.. items.Select(i => i.Item)];
            _upTo = new int[items.Count];
            for (int i = 0, total = 0; i < items.Count; i++) _upTo[i] = total += items[i].Weight;
        }

        public T Pick(Faker faker)
        {
            var index = Array.BinarySearch(_upTo, faker.Random.Int(1, _upTo[^1]));
            return _items[index >= 0 ? index : ~index];
        }
    }
}
