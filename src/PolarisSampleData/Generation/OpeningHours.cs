using Bogus;

namespace PolarisSampleData.Generation;

/// <summary>When patrons and staff do things at the desk: the library's opening hours, 09:00 to 20:00.</summary>
internal static class OpeningHours
{
    public static TimeOnly Draw(Faker faker) => TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(faker.Random.Int(9 * 3600, 20 * 3600 - 1)));

    /// <summary>Returns come back after the morning batches have gone out, from 10:00.</summary>
    public static TimeOnly DrawAfterMorningBatches(Faker faker) => TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(faker.Random.Int(10 * 3600, 20 * 3600 - 1)));
}
