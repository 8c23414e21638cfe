using System.Net;
using System.Net.Http.Json;
using Renkei.Tests.Email;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.MeetingsFeature;
using Renkei.Web.Features.Disasters;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// The support e-mails read back from the outbox: routed by block (and to the other blocks and the secretariat once
/// escalated), in the recipient's language, labelled for a drill, saying what is needed and linking to the offer form.
/// </summary>
public class MailTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<(int Id, int RequestId)> PostAsync(Disaster disaster, object? body = null)
    {
        var api = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Gifu));
        var created = await api.PostAsJsonAsync($"/api/v1/disasters/{disaster.Id}/requests", body ?? SupportTesting.RequestBody());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (disaster.Id, (await created.JsonAsync()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_new_request_goes_to_the_emergency_contacts_of_its_block_saying_what_is_needed_with_the_offer_link()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var nagoya = await SupportTesting.EmergencyEmailAsync(factory, DisasterData.Nagoya);
        var aichiAdmin = await factory.AssociationAdmin(DisasterData.Aichi);
        var requesterAdmin = await factory.AssociationAdmin(DisasterData.Gifu);
        var sendaiAdmin = await factory.AssociationAdmin(DisasterData.Sendai);

        var (id, requestId) = await PostAsync(disaster);

        var mails = await SupportTesting.MailsAsync(factory, id, requestId);
        var recipients = mails.Select(m => m.To).ToList();
        Assert.Contains(nagoya, recipients);
        Assert.Contains(aichiAdmin.Email, recipients);
        Assert.DoesNotContain(requesterAdmin.Email, recipients);
        Assert.DoesNotContain(sendaiAdmin.Email, recipients);
        Assert.Equal(recipients.Count, recipients.Distinct().Count());

        var mail = mails.Single(m => m.To == nagoya);
        Assert.Equal("【訓練】【連携】支援要請（至急）：岐阜県国際交流センター・通訳ボランティア", mail.Subject);
        Assert.StartsWith("名古屋国際センター ご担当者様", mail.BodyText);
        Assert.Contains("【訓練】これは訓練です。実際の災害ではありません。", mail.BodyText);
        Assert.EndsWith("地域国際化協会連絡協議会 災害時広域支援", mail.BodyText.TrimEnd());
        foreach (var line in new[] { "■ 支援の種類：通訳ボランティア", "■ 言語：ベトナム語、英語", "■ 人数：4名", "■ 場所：岐阜市 災害多言語支援センター",
            "■ 緊急度：至急", "■ まだ足りないもの：あと4名（ベトナム語、英語）", "■ 要請：要請1（岐阜県国際交流センター）", "避難所巡回の通訳" })
            Assert.Contains(line, mail.BodyText);
        Assert.Matches(@"■ 期間：\d{4}年\d+月\d+日〜\d{4}年\d+月\d+日", mail.BodyText);
        Assert.Matches($@"支援を申し出る：https?://[^\s]+/disasters/{id}/requests/{requestId}/offer\r?\n", mail.BodyText);
    }

    [Fact]
    public async Task Mail_is_written_in_the_recipients_language_and_a_real_disaster_carries_no_drill_label()
    {
        var disaster = await DisasterData.DeclareAsync(factory, drill: false);
        var english = await factory.AssociationAdmin(DisasterData.Nagoya);
        await factory.PrefersEnglishAsync(english);

        var (id, requestId) = await PostAsync(disaster);

        var mail = (await SupportTesting.MailsAsync(factory, id, requestId)).Single(m => m.To == english.Email);
        Assert.Equal("[Renkei] Support request (Immediate): Gifu International Center (GIC) · Volunteer interpreters", mail.Subject);
        Assert.Contains("■ Languages: Vietnamese, English", mail.BodyText);
        Assert.Contains("■ Still missing: 4 more (Vietnamese, English)", mail.BodyText);
        Assert.DoesNotContain("DRILL", mail.BodyText);
        Assert.Contains($"Offer support: ", mail.BodyText);
        Assert.All(await SupportTesting.MailsAsync(factory, id, requestId), m => Assert.DoesNotContain("訓練", m.Subject));
    }

    [Fact]
    public async Task An_escalated_request_goes_to_every_other_block_and_the_secretariat_but_not_again_to_its_own_block()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var nagoya = await factory.AssociationAdmin(DisasterData.Nagoya);
        var sendai = await factory.AssociationAdmin(DisasterData.Sendai);
        var miyagi = await SupportTesting.EmergencyEmailAsync(factory, DisasterData.Miyagi);
        var secretariat = await factory.Secretariat();
        var (id, requestId) = await PostAsync(disaster);
        var before = (await SupportTesting.MailsAsync(factory, id, requestId)).Count;

        var api = await factory.BearerClient(secretariat);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/disasters/{id}/requests/{requestId}/escalate", new { })).StatusCode);

        var escalated = (await SupportTesting.MailsAsync(factory, id, requestId)).Skip(before).ToList();
        var recipients = escalated.Select(m => m.To).ToList();
        Assert.Contains(sendai.Email, recipients);
        Assert.Contains(miyagi, recipients);
        Assert.Contains(secretariat.Email, recipients);
        Assert.DoesNotContain(nagoya.Email, recipients);
        var toSendai = escalated.Single(m => m.To == sendai.Email);
        Assert.Equal("【訓練】【連携】全ブロックへの支援要請（至急）：岐阜県国際交流センター・通訳ボランティア", toSendai.Subject);
        Assert.Contains("事務局が、岐阜県国際交流センターの要請1を全ブロックに広げました。", toSendai.BodyText);
        Assert.Contains($"/disasters/{id}/requests/{requestId}/offer", toSendai.BodyText);
        Assert.Contains("事務局は、ブロック間の調整をお願いします。", escalated.Single(m => m.To == secretariat.Email).BodyText);
        Assert.DoesNotContain("ブロック間の調整", toSendai.BodyText);
    }

    [Fact]
    public async Task An_offer_goes_to_the_requester_and_its_block_chair_and_a_decision_to_the_offering_association()
    {
        await DisasterData.MakeChairAsync(factory, "chubu", DisasterData.Aichi);
        var disaster = await DisasterData.DeclareAsync(factory);
        var gifu = await factory.AssociationAdmin(DisasterData.Gifu);
        var aichi = await factory.AssociationAdmin(DisasterData.Aichi);
        var shizuoka = await factory.AssociationAdmin(DisasterData.Shizuoka);
        var nagoya = await factory.AssociationAdmin(DisasterData.Nagoya);
        var (id, requestId) = await PostAsync(disaster);
        var before = (await SupportTesting.MailsAsync(factory, id, requestId)).Count;

        var offered = await (await factory.BearerClient(nagoya)).PostAsJsonAsync($"/api/v1/disasters/{id}/requests/{requestId}/offers", SupportTesting.OfferBody(people: 2));
        Assert.Equal(HttpStatusCode.Created, offered.StatusCode);
        var offerId = (await offered.JsonAsync()).GetProperty("id").GetInt32();

        var offerMails = (await SupportTesting.MailsAsync(factory, id, requestId)).Skip(before).ToList();
        Assert.Contains(offerMails, m => m.To == gifu.Email);
        Assert.Contains(offerMails, m => m.To == aichi.Email);
        Assert.DoesNotContain(offerMails, m => m.To == shizuoka.Email || m.To == nagoya.Email);
        var toGifu = offerMails.Single(m => m.To == gifu.Email);
        Assert.Equal("【訓練】【連携】支援の申し出：名古屋国際センターから（要請1）", toGifu.Subject);
        Assert.Contains("■ 申し出た協会：名古屋国際センター", toGifu.BodyText);
        Assert.Contains("■ 方法：現地派遣", toGifu.BodyText);
        Assert.Contains($"要請のページ：", toGifu.BodyText);

        before += offerMails.Count;
        var decided = await (await factory.BearerClient(gifu)).PostAsJsonAsync($"/api/v1/disasters/{id}/requests/{requestId}/offers/{offerId}/decision",
            new { decision = "declined", note = "ほかの協会で充足しました" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var decision = Assert.Single((await SupportTesting.MailsAsync(factory, id, requestId)).Skip(before), m => m.To == nagoya.Email);
        Assert.Equal("【訓練】【連携】申し出は見送りとなりました：要請1（岐阜県国際交流センター）", decision.Subject);
        Assert.Contains("■ メモ：ほかの協会で充足しました", decision.BodyText);
    }

    [Fact]
    public async Task The_request_is_saved_with_its_mail_in_the_outbox_whether_SMTP_is_down_or_up()
    {
        var port = TestSmtpServer.FreePort();
        await using var app = new MailFactory(port, worker: false);
        var disaster = await DisasterData.DeclareAsync(app);
        var nagoya = await SupportTesting.EmergencyEmailAsync(app, DisasterData.Nagoya);
        var api = await app.BearerClient(await app.AssociationAdmin(DisasterData.Gifu));

        var created = await api.PostAsJsonAsync($"/api/v1/disasters/{disaster.Id}/requests", SupportTesting.RequestBody());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var requestId = (await created.JsonAsync()).GetProperty("id").GetInt32();

        // SMTP is down: the send fails, the request and its queued mail stay.
        await app.Sender.SendDueAsync();
        Assert.Single(await SupportTesting.RequestsAsync(app, disaster.Id));
        var queued = (await SupportTesting.MailsAsync(app, disaster.Id, requestId)).Single(m => m.To == nagoya);
        Assert.Null(queued.SentAt);
        Assert.NotNull(queued.LastError);

        await using var smtp = new TestSmtpServer(port);
        await smtp.StartAsync();
        app.Clock!.Advance(TimeSpan.FromMinutes(5));
        await app.Sender.SendDueAsync();

        var received = await smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == nagoya));
        Assert.StartsWith("【訓練】【連携】支援要請", received.Subject);
        Assert.Contains($"/disasters/{disaster.Id}/requests/{requestId}/offer", received.TextBody);
        Assert.NotNull((await SupportTesting.MailsAsync(app, disaster.Id, requestId)).Single(m => m.To == nagoya).SentAt);
    }
}
