using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Associations;

namespace Renkei.Tests.Registry;

/// <summary>Associations of the tests' own, so that no test edits the shipped 63 or depends on another test.</summary>
public static class RegistryTestData
{
    static readonly HashSet<int> Used = [];
    static readonly Random Random = new();

    /// <summary>
    /// A valid, unused designated-city code under Nara (29), which has no association in the shipped
    /// registry: 29XXXc with XXX from 100 to 999 and the right check digit. Never 290009 (Nara's own code).
    /// </summary>
    public static string NewCityCode()
    {
        lock (Used)
        {
            int n;
            do n = Random.Next(100, 1000); while (!Used.Add(n));
            var five = $"29{n:D3}";
            return five + LocalGovernmentCode.CheckDigit(five);
        }
    }

    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 8)];

    public static readonly DateOnly Start = new(2023, 4, 1);

    /// <summary>Adds a current member association (designated city in Nara) straight to the database.</summary>
    public static async Task<Association> NewAssociationAsync(this RenkeiFactory factory, string block = "kinki", DateOnly? certifiedOn = null)
    {
        var code = NewCityCode();
        var association = new Association
        {
            Code = code,
            Kind = AssociationKind.DesignatedCity,
            PrefectureCode = "29",
            Prefecture = "奈良県",
            PrefectureEn = "Nara",
            City = $"テスト市{code[2..5]}",
            CityEn = $"Test City {code[2..5]}",
            CertifiedOn = certifiedOn ?? Start,
            Versions = [AssociationVersion.From(new AssociationDetails(Unique("テスト協会"), "テストキョウカイ", Unique("Test Association "), "公益財団法人",
                "https://example.jp/", block), Start)],
        };
        await factory.WithDb(async db =>
        {
            db.Associations.Add(association);
            await db.SaveChangesAsync();
        });
        return association;
    }

    public static Task<Association> LoadAssociationAsync(this RenkeiFactory factory, string code) =>
        factory.WithDb(db => db.Associations.AsNoTracking().SingleAsync(a => a.Code == code));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
