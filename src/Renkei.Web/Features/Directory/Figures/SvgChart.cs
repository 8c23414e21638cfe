using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace Renkei.Web.Features.Directory;

/// <summary>One coloured part of a bar: a label for the legend and a value per bar.</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double> Values);

/// <summary>
/// A bar chart (stacked when there are several series) as inline SVG: readable without JavaScript,
/// scaled to the screen by its viewBox, and announced as one image with a title and a description.
/// The numbers themselves are in the data table each page puts beside the chart; the SVG is the picture.
/// </summary>
public static class SvgChart
{
    const double Width = 400, Height = 240, Left = 52, Right = 8, Top = 22, Bottom = 28;
    const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    // Japanese stays readable in the page source; only markup characters are escaped.
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="id">Unique on the page: the title and description are referenced by id.</param>
    /// <param name="bars">The label under each bar (a fiscal year).</param>
    /// <param name="format">How a value is written on the axis and above a bar.</param>
    public static IHtmlContent Bars(string id, string title, string description, IReadOnlyList<string> bars,
        IReadOnlyList<ChartSeries> series, Func<double, string> format)
    {
        var totals = bars.Select((_, i) => series.Sum(s => i < s.Values.Count ? Math.Max(0, s.Values[i]) : 0)).ToList();
        var ticks = Ticks(totals.DefaultIfEmpty(0).Max());
        var top = ticks[^1];
        double Y(double value) => Top + PlotHeight - value / top * PlotHeight;
        var slot = bars.Count == 0 ? PlotWidth : PlotWidth / bars.Count;
        var barWidth = Math.Min(slot * 0.62, 56);
        var labelEvery = slot >= 34 ? 1 : (int)Math.Ceiling(34 / slot);

        var svg = new StringBuilder();
        svg.Append(Invariant, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(Invariant, $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        svg.Append("<g class=\"chart-axis\">");
        foreach (var t in ticks)
        {
            var y = N(Y(t));
            svg.Append(Invariant, $"<line x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{y}\" y2=\"{y}\"/>");
            svg.Append(Invariant, $"<text x=\"{N(Left - 6)}\" y=\"{y}\" dy=\"0.35em\" text-anchor=\"end\">{E(format(t))}</text>");
        }
        svg.Append("</g>");
        for (var i = 0; i < bars.Count; i++)
        {
            var x = Left + slot * i + (slot - barWidth) / 2;
            var bottom = 0d;
            for (var s = 0; s < series.Count; s++)
            {
                var value = i < series[s].Values.Count ? Math.Max(0, series[s].Values[i]) : 0;
                if (value <= 0) continue;
                svg.Append(Invariant, $"<rect class=\"chart-s{s + 1}\" x=\"{N(x)}\" y=\"{N(Y(bottom + value))}\" width=\"{N(barWidth)}\" height=\"{N(Y(bottom) - Y(bottom + value))}\"/>");
                bottom += value;
            }
            var middle = N(x + barWidth / 2);
            if (slot >= 58)
                svg.Append(Invariant, $"<text class=\"chart-value\" x=\"{middle}\" y=\"{N(Y(totals[i]) - 5)}\" text-anchor=\"middle\">{E(format(totals[i]))}</text>");
            if (i % labelEvery == 0)
                svg.Append(Invariant, $"<text class=\"chart-label\" x=\"{middle}\" y=\"{N(Height - 8)}\" text-anchor=\"middle\">{E(bars[i])}</text>");
        }
        svg.Append(Invariant, $"<line class=\"chart-base\" x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{N(Y(0))}\" y2=\"{N(Y(0))}\"/>");
        svg.Append("</svg>");
        if (series.Count > 1)
        {
            // The legend is plain HTML after the picture, so it wraps on a phone and reads as text.
            svg.Append("<ul class=\"chart-legend\">");
            for (var s = 0; s < series.Count; s++)
                svg.Append(Invariant, $"<li><span class=\"chart-swatch chart-s{s + 1}\" aria-hidden=\"true\"></span>{E(series[s].Label)}</li>");
            svg.Append("</ul>");
        }
        return new HtmlString(svg.ToString());
    }

    /// <summary>"2021: 63, 2022: 63, 2023: 63": the description a screen reader hears after the title.</summary>
    public static string Summary(IReadOnlyList<string> bars, IReadOnlyList<double> values, Func<double, string> format, bool english) =>
        string.Join(english ? "; " : "、", bars.Select((b, i) => $"{b}{(english ? ": " : "：")}{format(values[i])}"));

    /// <summary>Round steps from zero to at least <paramref name="max"/>: 1, 2, 2.5 or 5 times a power of ten, four or five of them.</summary>
    public static IReadOnlyList<double> Ticks(double max)
    {
        if (max <= 0 || double.IsNaN(max)) return [0, 1];
        var rough = max / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(s => s >= rough);
        var ticks = new List<double>();
        for (var t = 0d; t < max + step * 0.999; t += step) ticks.Add(Math.Round(t, 10));
        return ticks;
    }

    static string N(double v) => v.ToString("0.#", Invariant);
    static string E(string text) => Encoder.Encode(text);
}
