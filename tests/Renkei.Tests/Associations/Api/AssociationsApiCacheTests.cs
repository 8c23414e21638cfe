using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Associations;

namespace Renkei.Tests.Associations.Api;

/// <summary>The anonymous association list is output-cached; a registry change must show at once all the same.</summary>
public class AssociationsApiCacheTests : IDisposable
{
    readonly RenkeiFactory factory = new();

    [Fact]
    public async Task A_rename_saved_after_the_list_was_cached_shows_in_the_next_list()
    {
        var client = factory.NewClient();
        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/associations");
        Assert.Contains(before.EnumerateArray(), a => a.GetProperty("code").GetString() == "230006");
        var newName = "愛知県国際交流協会" + Guid.NewGuid().ToString("N")[..6];

        await factory.WithDb(async db =>
        {
            var aichi = await db.Associations.SingleAsync(a => a.Code == "230006");
            var d = aichi.Current.Details;
            aichi.Revise(d with { Name = newName }, aichi.Current.ValidFrom);
            await db.SaveChangesAsync();
        });

        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/associations");
        Assert.Equal(newName, after.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "230006").GetProperty("name").GetString());
    }

    public void Dispose() => factory.Dispose();
}
