using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.MeetingsFeature;
using Renkei.Web.Features.Disasters;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// Closing a disaster tells the associations that took part (affected, requesting, offering), once per address and in
/// each recipient's language, with the closing note, the figures they may see and the summary; the secretariat's users
/// too when an association closes it; not the closer; and a refused close tells no one.
/// </summary>
public class ClosingMailTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    /// <summary>The closing mails of one disaster: only they link to its summary.</summary>
    Task<List<OutboxMessage>> ClosingMailsAsync(int disasterId) =>
        factory.WithDb(db => db.Outbox.AsNoTracking().Where(m => m.BodyText.Contains($"/disasters/{disasterId}/summary")).OrderBy(m => m.Id).ToListAsync());

    Task SetEmergencyEmailAsync(string code, string email) =>
        factory.WithDb(async db =>
        {
            var row = await db.Preparedness.SingleOrDefaultAsync(p => p.AssociationCode == code);
            if (row is null) db.Preparedness.Add(new Preparedness { AssociationCode = code, Email = email });
            else row.Email = email;
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Closing_mails_the_affected_requesting_and_offering_associations_once_per_address_but_not_the_closer()
    {
        // Affected: Gifu, Aichi (which declared it and closes it), Nagoya. Shizuoka, Chubu's chair, posted Gifu's request
        // (escalated), Sendai's offer on it was accepted, Nagoya's waits. Gifu's second request is still inside Chubu.
        var disaster = await DisasterData.DeclareAsync(factory, ["21", "23"], configure: d => d.DeclaredByAssociationCode = DisasterData.Aichi);
        var request = await DisasterData.RequestAsync(factory, disaster.Id, escalated: true, configure: r => r.PostedByAssociationCode = DisasterData.Shizuoka);
        var accepted = await DisasterData.OfferAsync(factory, request.Id, DisasterData.Sendai, people: 2);
        await DisasterData.StepAsync(factory, accepted.Id, OfferStepKind.Accepted);
        await DisasterData.OfferAsync(factory, request.Id, DisasterData.Nagoya);
        await DisasterData.RequestAsync(factory, disaster.Id);
        var gifu = await factory.AssociationAdmin(DisasterData.Gifu);
        var sendai = await factory.AssociationAdmin(DisasterData.Sendai);
        await factory.PrefersEnglishAsync(sendai);
        var shizuoka = await factory.AssociationAdmin(DisasterData.Shizuoka);
        var nagoya = await factory.AssociationAdmin(DisasterData.Nagoya);
        var miyagi = await factory.AssociationAdmin(DisasterData.Miyagi);
        var aichiEmergency = await SupportTesting.EmergencyEmailAsync(factory, DisasterData.Aichi);
        var gifuEmergency = await SupportTesting.EmergencyEmailAsync(factory, DisasterData.Gifu);
        // Nagoya shares Gifu's emergency address, written in capitals: one mail all the same.
        await SetEmergencyEmailAsync(DisasterData.Nagoya, gifuEmergency.ToUpperInvariant());
        var aichi = await factory.AssociationAdmin(DisasterData.Aichi);
        var api = await factory.BearerClient(aichi);

        var response = await api.PostAsJsonAsync($"/api/v1/disasters/{disaster.Id}/close", new { note = "全要請が完了。引き継ぎは事務局へ。", confirm = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mails = await ClosingMailsAsync(disaster.Id);
        // An association closed it: the secretariat's users are told as well (those other tests made included).
        var expected = await factory.WithDb(async db =>
            (await EmergencyContacts.OfAsync(db, [DisasterData.Gifu, DisasterData.Nagoya, DisasterData.Shizuoka, DisasterData.Sendai]))
                .Select(c => c.Email).Concat((await EmergencyContacts.SecretariatAsync(db)).Select(s => s.Email)).ToHashSet(StringComparer.OrdinalIgnoreCase));
        Assert.Equal(expected.Count, mails.Count);
        Assert.True(expected.SetEquals(mails.Select(m => m.To)), "Sent to: " + string.Join(", ", mails.Select(m => m.To)));
        Assert.Single(mails, m => string.Equals(m.To, gifuEmergency, StringComparison.OrdinalIgnoreCase));
        foreach (var user in new[] { gifu, sendai, shizuoka, nagoya }) Assert.Single(mails, m => m.To == user.Email);
        Assert.DoesNotContain(mails, m => m.To == aichi.Email || m.To == aichiEmergency || m.To == miyagi.Email);

        var ja = mails.Single(m => m.To == gifu.Email);
        Assert.Equal($"【訓練】【連携】{disaster.NameJa}：災害対応を終了しました", ja.Subject);
        Assert.StartsWith("岐阜県国際交流センター ご担当者様\n\n【訓練】これは訓練です。実際の災害ではありません。", ja.BodyText.ReplaceLineEndings("\n"));
        Assert.Matches($@"{disaster.NameJa}について、愛知県国際交流協会が\d{{4}}年\d+月\d+日（.）\d\d:\d\dに災害時広域支援の対応を終了しました。", ja.BodyText);
        Assert.Contains("■ 終了時のメモ：\n全要請が完了。引き継ぎは事務局へ。", ja.BodyText.ReplaceLineEndings("\n"));
        Assert.Contains("■ 支援実績（貴協会が見られる要請の分）：支援要請 2件・申し出 2件（うち承諾 1件）・支援 14人日", ja.BodyText);
        Assert.Matches($@"支援実績：https?://\S+/disasters/{disaster.Id}/summary\r?\n", ja.BodyText);
        Assert.Matches($@"調整ボード：https?://\S+/disasters/{disaster.Id}\r?\n", ja.BodyText);
        Assert.EndsWith("地域国際化協会連絡協議会 災害時広域支援", ja.BodyText.TrimEnd());

        // In English for who prefers it; from another block, Gifu's request still inside Chubu is not counted.
        var en = mails.Single(m => m.To == sendai.Email);
        Assert.Equal("[DRILL] [Renkei] Test flood: the disaster response has closed", en.Subject);
        Assert.StartsWith("To the person in charge at Sendai Tourism, Convention and International Association (SenTIA),\n\n[DRILL] This is a drill, not a real disaster.",
            en.BodyText.ReplaceLineEndings("\n"));
        Assert.Contains("Aichi International Association (AIA) closed the disaster mutual support response to Test flood on ", en.BodyText);
        Assert.Contains("■ Figures (the requests your association may see): requests 1 · offers 2 (accepted 1) · support in person-days 14", en.BodyText);
        Assert.Matches($@"Support summary: https?://\S+/disasters/{disaster.Id}/summary\r?\n", en.BodyText);
        Assert.Equal(DisasterEventKind.Closed, Assert.Single(await factory.EventsAsync(disaster.Id)).Kind);
    }

    [Fact]
    public async Task Closed_by_an_affected_association_it_is_mailed_to_the_secretariats_users_each_in_their_language()
    {
        // Aichi declared it and closes it. Gifu's first request went to every block; its second is still inside Chubu,
        // which the secretariat sees all the same.
        var disaster = await DisasterData.DeclareAsync(factory, ["21", "23"], configure: d => d.DeclaredByAssociationCode = DisasterData.Aichi);
        await DisasterData.RequestAsync(factory, disaster.Id, escalated: true);
        await DisasterData.RequestAsync(factory, disaster.Id);
        var japanese = await factory.Secretariat();
        var english = await factory.Secretariat();
        await factory.PrefersEnglishAsync(english);
        var api = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Aichi));

        var response = await api.PostAsJsonAsync($"/api/v1/disasters/{disaster.Id}/close", new { note = "全要請が完了。", confirm = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mails = await ClosingMailsAsync(disaster.Id);
        var ja = Assert.Single(mails, m => m.To == japanese.Email);
        Assert.Equal($"【訓練】【連携】{disaster.NameJa}：災害対応を終了しました", ja.Subject);
        Assert.StartsWith("事務局 ご担当者様\n\n【訓練】これは訓練です。実際の災害ではありません。", ja.BodyText.ReplaceLineEndings("\n"));
        Assert.Matches($@"{disaster.NameJa}について、愛知県国際交流協会が\d{{4}}年\d+月\d+日（.）\d\d:\d\dに災害時広域支援の対応を終了しました。", ja.BodyText);
        Assert.Contains("■ 支援実績（すべての要請）：支援要請 2件・申し出 0件（うち承諾 0件）・支援 0人日", ja.BodyText);
        Assert.DoesNotContain("貴協会", ja.BodyText);
        var en = Assert.Single(mails, m => m.To == english.Email);
        Assert.Equal("[DRILL] [Renkei] Test flood: the disaster response has closed", en.Subject);
        Assert.StartsWith("To the secretariat,\n\n[DRILL] This is a drill, not a real disaster.", en.BodyText.ReplaceLineEndings("\n"));
        Assert.Contains("■ Figures (all requests): requests 2 · offers 0 (accepted 0) · support in person-days 0", en.BodyText);
    }

    [Fact]
    public async Task Closed_by_the_secretariat_a_real_disaster_is_mailed_without_the_drill_label_and_not_to_the_secretariat()
    {
        var disaster = await DisasterData.DeclareAsync(factory, drill: false);
        var gifu = await factory.AssociationAdmin(DisasterData.Gifu);
        var secretariat = await factory.Secretariat();
        var colleague = await factory.Secretariat();
        var client = await factory.SignedInClient(secretariat);

        var response = await client.PostForm($"/disasters/{disaster.Id}/manage", "form#close-disaster",
            new Dictionary<string, string> { ["Closing.Note"] = "被害は軽微でした", ["Closing.Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mails = await ClosingMailsAsync(disaster.Id);
        var gifuContacts = await factory.WithDb(async db => (await EmergencyContacts.OfAsync(db, [DisasterData.Gifu])).Select(c => c.Email).ToList());
        Assert.Equal(gifuContacts.Order(), mails.Select(m => m.To).Order());
        Assert.DoesNotContain(mails, m => m.To == secretariat.Email || m.To == colleague.Email);
        var mail = mails.Single(m => m.To == gifu.Email);
        Assert.Equal($"【連携】{disaster.NameJa}：災害対応を終了しました", mail.Subject);
        Assert.StartsWith($"岐阜県国際交流センター ご担当者様\n\n{disaster.NameJa}について、事務局が", mail.BodyText.ReplaceLineEndings("\n"));
        Assert.Contains("■ 支援実績（貴協会が見られる要請の分）：支援要請 0件・申し出 0件（うち承諾 0件）・支援 0人日", mail.BodyText);
        Assert.DoesNotContain("訓練", mail.BodyText);
    }

    [Fact]
    public async Task A_refused_close_mails_no_one()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var gifu = await factory.AssociationAdmin(DisasterData.Gifu);
        var close = $"/api/v1/disasters/{disaster.Id}/close";
        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var nagoya = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Nagoya));

        Assert.Equal(HttpStatusCode.BadRequest, (await secretariat.PostAsJsonAsync(close, new { note = "終了", confirm = false })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await secretariat.PostAsJsonAsync(close, new { note = " ", confirm = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nagoya.PostAsJsonAsync(close, new { note = "終了", confirm = true })).StatusCode);
        Assert.Empty(await ClosingMailsAsync(disaster.Id));

        Assert.Equal(HttpStatusCode.OK, (await secretariat.PostAsJsonAsync(close, new { note = "終了", confirm = true })).StatusCode);
        var sent = await ClosingMailsAsync(disaster.Id);
        Assert.Single(sent, m => m.To == gifu.Email);

        // Closing again is refused and tells no one a second time.
        Assert.Equal(HttpStatusCode.Conflict, (await secretariat.PostAsJsonAsync(close, new { note = "もう一度", confirm = true })).StatusCode);
        Assert.Equal(sent.Count, (await ClosingMailsAsync(disaster.Id)).Count);
    }
}
