using Bogus;
using PolarisSampleData.Scheduling;

namespace PolarisSampleData.Generation;

/// <summary>When patrons and staff do things at the desk: the library's opening hours, 09:00 to 20:00.</summary>
internal static class OpeningHours
{
    public static TimeOnly Draw(Faker faker) => Between(faker, 9, 20);

    /// <summary>Returns come back after the morning batches have gone out, from 10:00.</summary>
    public static TimeOnly DrawAfterMorningBatches(Faker faker) => Between(faker, 10, 20);

    /// <summary>A moment from <paramref name="fromHour"/> to before <paramref name="toHour"/>, to the datetime tick.</summary>
    public static TimeOnly Between(Faker faker, int fromHour, int toHour) =>
        TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(faker.Random.Int(fromHour * 3600, toHour * 3600 - 1)) + SqlDateTime.AnyTickOfASecond(faker.Random.Int));
}
