<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en_GB">
<context>
    <name>Annualise</name>
    <message>
        <source>run-rate</source>
        <translation>doğrusal yıllıklandırma</translation>
    </message>
    <message>
        <source>same period</source>
        <translation>aynı dönem</translation>
    </message>
    <message>
        <source>trailing twelve months</source>
        <translation>son on iki ay</translation>
    </message>
    <message>
        <source>Same-period growth needs the full-year total of {year}, the year before the latest figure: add it as a figure, or import its twelve monthly figures.</source>
        <translation>Aynı dönem büyümesi için en son rakamdan önceki yılın, {year} yılının tam yıl toplamı gerekir: bunu bir rakam olarak ekleyin veya o yılın on iki aylık rakamını içe aktarın.</translation>
    </message>
    <message>
        <source>Same-period growth needs the previous year&apos;s figure for the same months: enter it on the latest figure (Figures table), or import monthly figures.</source>
        <translation>Aynı dönem büyümesi için önceki yılın aynı aylara ait rakamı gerekir: bu rakamı en son rakamın satırına (Rakamlar tablosu) girin veya aylık rakamları içe aktarın.</translation>
    </message>
    <message>
        <source>Trailing twelve months needs twelve consecutive monthly figures: import them (Monthly tab).</source>
        <translation>Son on iki ay yöntemi için art arda on iki ayın aylık rakamları gerekir: bu rakamları içe aktarın (Aylık sekmesi).</translation>
    </message>
    <message>
        <source>same period a year earlier, {months} months</source>
        <translation>bir önceki yılın aynı dönemi, {months} ay</translation>
    </message>
    <message>
        <source>twelve months to {year}-{month}</source>
        <translation>{year}-{month} ile biten on iki ay</translation>
    </message>
    <message>
        <source>run-rate, {months} of 12 months</source>
        <translation>doğrusal yıllıklandırma, 12 ayın {months} ayı</translation>
    </message>
    <message>
        <source>Same period: US${partial} bn in {months} months of {year} against US${previous} bn in the same months of {previous_year} ({change}), applied to {previous_year}&apos;s US${full} bn. Seasonality cancels out.</source>
        <translation>Aynı dönem: {year} yılının {months} aylık döneminde US${partial} milyar, {previous_year} yılının aynı aylarında US${previous} milyar ({change}); bu değişim {previous_year} yılının US${full} milyarlık tutarına uygulanır. Mevsim etkileri birbirini götürür.</translation>
    </message>
    <message>
        <source>Trailing twelve months: the twelve monthly figures to {year}-{month} add up to US${total} bn.</source>
        <translation>Son on iki ay: {year}-{month} ile biten on iki ayın aylık rakamlarının toplamı US${total} milyar.</translation>
    </message>
    <message>
        <source>{year} is a full-year figure.</source>
        <translation>{year}, tam yıl rakamıdır.</translation>
    </message>
    <message>
        <source>Run-rate: US${partial} bn for {months} of 12 months × 12/{months}. Seasonality not corrected.</source>
        <translation>Doğrusal yıllıklandırma: 12 ayın {months} ayı için US${partial} milyar × 12/{months}. Mevsim etkilerinden arındırılmamıştır.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} needs a desktop session to open its window, and none was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop, or use `trade-target summary` on the command line.</source>
        <translation>{app} penceresini açmak için bir masaüstü oturumu gerektiriyor, ancak oturum bulunamadı (DISPLAY ve WAYLAND_DISPLAY tanımlı değil). Uygulamayı masaüstünüzden başlatın veya komut satırında `trade-target summary` komutunu kullanın.</translation>
    </message>
    <message>
        <source>Something went wrong. Your inputs are unchanged; the last good result stays on screen.</source>
        <translation>Bir sorun oluştu. Girdileriniz değişmedi; son geçerli sonuç ekranda kalıyor.</translation>
    </message>
    <message>
        <source>The article&apos;s figures could not be read: {error}</source>
        <translation>Makaledeki rakamlar okunamadı: {error}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave is off: its folder cannot be made ({reason}).</source>
        <translation>Otomatik kayıt kapalı: klasörü oluşturulamıyor ({reason}).</translation>
    </message>
    <message>
        <source>Autosave is off: too many Trade Target windows are open.</source>
        <translation>Otomatik kayıt kapalı: çok fazla Trade Target penceresi açık.</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Is the {target} target reachable, and what growth does it take?</source>
        <translation>{target} hedefine ulaşılabilir mi ve bunun için ne kadar büyüme gerekir?</translation>
    </message>
    <message>
        <source>The target is already met.</source>
        <translation>Hedefe zaten ulaşıldı.</translation>
    </message>
    <message>
        <source>Never at this trend: observed growth is zero or negative.</source>
        <translation>Bu eğilimle hedefe hiçbir zaman ulaşılamaz: gözlenen büyüme sıfır veya negatif.</translation>
    </message>
    <message>
        <source>In {year}.</source>
        <translation>{year} yılında.</translation>
    </message>
    <message>
        <source>In {year} (about {years} years after {latest_year}).</source>
        <translation>{year} yılında ({latest_year} yılından yaklaşık {years} yıl sonra).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate} a year&lt;/b&gt;, by {method}</source>
        <translation>&lt;b&gt;yılda {rate}&lt;/b&gt;, {method} ile</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate} a year&lt;/b&gt;, {base_year} reported to {latest_year} estimated: {reported} for {months} months (≈ {partial}, annualised {estimate})</source>
        <translation>&lt;b&gt;Yılda {rate}&lt;/b&gt;, bildirilen {base_year} değerinden tahmini {latest_year} değerine: {months} ay için {reported} (≈ {partial}, yıllıklandırılmış {estimate})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate} a year&lt;/b&gt;, {base_year} reported to {latest_year} estimated: {reported} for {months} months (annualised {estimate})</source>
        <translation>&lt;b&gt;Yılda {rate}&lt;/b&gt;, bildirilen {base_year} değerinden tahmini {latest_year} değerine: {months} ay için {reported} (yıllıklandırılmış {estimate})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; — observed ÷ catch-up growth = {ratio}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; — gözlenen ÷ telafi büyümesi = {ratio}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; — observed ÷ required = {ratio}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; — gözlenen ÷ gerekli = {ratio}</translation>
    </message>
    <message>
        <source>Required growth</source>
        <translation>Gerekli büyüme</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate} a year&lt;/b&gt;, from {base} in {base_year} to {target} in {target_year}</source>
        <translation>&lt;b&gt;Yılda {rate}&lt;/b&gt;, {base_year} yılındaki {base} düzeyinden {target_year} yılında {target} düzeyine</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Hedef yıl</translation>
    </message>
    <message>
        <source>&lt;b&gt;{target_year}&lt;/b&gt;: %n year(s) after {base_year}, an assumption (the source states no deadline)</source>
        <translation>&lt;b&gt;{target_year}&lt;/b&gt;: {base_year} yılından %n yıl sonra; bir varsayımdır (kaynak bir son tarih belirtmiyor)</translation>
    </message>
    <message>
        <source>Observed growth</source>
        <translation>Gözlenen büyüme</translation>
    </message>
    <message>
        <source>Catch-up growth</source>
        <translation>Telafi büyümesi</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Target reached at the observed trend</source>
        <translation>Gözlenen eğilimle hedefe ulaşma</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate}&lt;/b&gt; = {sum}</source>
        <translation>&lt;b&gt;{rate}&lt;/b&gt; = {sum}</translation>
    </message>
    <message>
        <source>Chance of reaching the target</source>
        <translation>Hedefe ulaşma olasılığı</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Required (US$ bn)</source>
        <translation>Gerekli (US$ milyar)</translation>
    </message>
    <message>
        <source>Required (RM bn)</source>
        <translation>Gerekli (RM milyar)</translation>
    </message>
    <message>
        <source>At observed trend ({symbol} bn)</source>
        <translation>Gözlenen eğilimle ({symbol} milyar)</translation>
    </message>
    <message>
        <source>Trend − required ({symbol} bn)</source>
        <translation>Eğilim − gerekli ({symbol} milyar)</translation>
    </message>
    <message>
        <source>Catch-up path ({symbol} bn)</source>
        <translation>Telafi seyri ({symbol} milyar)</translation>
    </message>
    <message>
        <source>Exchange rate: RM{rate} per US$, as set for this scenario; every RM value is derived from US$ at this rate, and the reverse.</source>
        <translation>Döviz kuru: US$ başına RM{rate}, bu senaryo için belirlendiği gibi; tüm RM değerleri bu kurla US$ üzerinden hesaplanır, tersi de geçerlidir.</translation>
    </message>
    <message>
        <source>Exchange rate: RM{rate} per US$ (the source&apos;s own figures imply RM{implied}); every RM value is derived from US$ at this rate, and the reverse.</source>
        <translation>Döviz kuru: US$ başına RM{rate} (kaynağın kendi rakamlarından çıkan kur RM{implied}); tüm RM değerleri bu kurla US$ üzerinden hesaplanır, tersi de geçerlidir.</translation>
    </message>
    <message>
        <source>Exchange rate: RM{rate} per US$ (implied by the source&apos;s own figures); every RM value is derived from US$ at this rate, and the reverse.</source>
        <translation>Döviz kuru: US$ başına RM{rate} (kaynağın kendi rakamlarından çıkarılmıştır); tüm RM değerleri bu kurla US$ üzerinden hesaplanır, tersi de geçerlidir.</translation>
    </message>
    <message>
        <source>Years to target: {years}, so the target year is {target_year} ({base_year} + {years}); the source states no deadline.</source>
        <translation>Hedefe kalan yıl: {years}; dolayısıyla hedef yıl {target_year} ({base_year} + {years}); kaynak bir son tarih belirtmiyor.</translation>
    </message>
    <message>
        <source>Annualisation: {text}</source>
        <translation>Yıllıklandırma: {text}</translation>
    </message>
    <message>
        <source>Brief of {date}</source>
        <translation>{date} tarihli bilgi notu</translation>
    </message>
    <message>
        <source>Scenario “{name}”</source>
        <translation>“{name}” senaryosu</translation>
    </message>
    <message>
        <source>amounts in billions</source>
        <translation>tutarlar milyar cinsinden</translation>
    </message>
    <message>
        <source>Quotes are in the original English.</source>
        <translation>Alıntılar orijinal İngilizce hâliyle verilmiştir.</translation>
    </message>
    <message>
        <source>Prepared with {app} {version}.</source>
        <translation>{app} {version} ile hazırlanmıştır.</translation>
    </message>
    <message>
        <source>Growth rates are compound annual rates; the latest year is an estimate ({method}).</source>
        <translation>Büyüme oranları bileşik yıllık oranlardır; en son yıl bir tahmindir ({method}).</translation>
    </message>
    <message>
        <source>The question:</source>
        <translation>Soru:</translation>
    </message>
    <message>
        <source>The required path, year by year</source>
        <translation>Yıl yıl gerekli seyir</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Varsayımlar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>{symbol}{amount} billion</source>
        <translation>{symbol}{amount} milyar</translation>
    </message>
    <message>
        <source>Malaysia–Türkiye bilateral trade: the path to {target} by {year}</source>
        <translation>Malezya–Türkiye ikili ticareti: {year} yılına kadar {target} hedefine giden yol</translation>
    </message>
    <message>
        <source>Scenario “{name}” · {verdict}</source>
        <translation>“{name}” senaryosu · {verdict}</translation>
    </message>
    <message>
        <source>{year} is a full-year figure.</source>
        <translation>{year}, tam yıl rakamıdır.</translation>
    </message>
    <message>
        <source>{year} is estimated from {months} of 12 months by run-rate annualisation (× 12/{months}), seasonality not corrected.</source>
        <translation>{year}, 12 ayın {months} ayına ait veriden doğrusal yıllıklandırma yöntemiyle tahmin edilmiştir (× 12/{months}); mevsim etkilerinden arındırılmamıştır.</translation>
    </message>
    <message>
        <source>{kind}, {published}: {subject}.</source>
        <translation>{kind}, {published}: {subject}.</translation>
    </message>
    <message>
        <source>Trade figures attributed to {source}.</source>
        <translation>Ticaret rakamlarının kaynağı: {source}.</translation>
    </message>
    <message>
        <source>Exchange rate RM{rate} per US$; target in %n year(s) ({base_year} → {target_year}), a deadline the source does not state;</source>
        <translation>Döviz kuru US$ başına RM{rate}; hedef %n yıl içinde ({base_year} → {target_year}), kaynağın belirtmediği bir son tarih;</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Kaynak: {source}</translation>
    </message>
    <message>
        <source>Assumptions: {assumptions}</source>
        <translation>Varsayımlar: {assumptions}</translation>
    </message>
    <message>
        <source>Made with {app} {version}.</source>
        <translation>{app} {version} ile oluşturulmuştur.</translation>
    </message>
    <message>
        <source>Chart width: enter whole pixels from {lowest} to {highest}.</source>
        <translation>Grafik genişliği: {lowest} ile {highest} arasında tam sayı olarak piksel girin.</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Malaysia&apos;s report</source>
        <translation>Malezya raporu</translation>
    </message>
    <message>
        <source>Türkiye&apos;s report</source>
        <translation>Türkiye raporu</translation>
    </message>
    <message>
        <source>{first}–{last}, {report}</source>
        <translation>{first}–{last}, {report}</translation>
    </message>
    <message>
        <source>Catch-up from {year}</source>
        <translation>{year} yılından telafi</translation>
    </message>
    <message>
        <source>Annual history</source>
        <translation>Yıllık geçmiş</translation>
    </message>
    <message>
        <source>Annual history ({report})</source>
        <translation>Yıllık geçmiş ({report})</translation>
    </message>
    <message>
        <source>Chance bands from the {first}–{last} volatility: {bands}</source>
        <translation>{first}–{last} oynaklığından olasılık bantları: {bands}</translation>
    </message>
    <message>
        <source>Chance bands: trade taken as a log-normal random walk from the {year} value, with the mean μ = {mean} and standard deviation σ = {deviation} of the %n year-on-year log growth(s) of {years}; the bands hold {bands} of its paths.</source>
        <translation>Olasılık bantları: ticaret, {year} değerinden başlayan log-normal bir rastgele yürüyüş olarak alınır; ortalama μ = {mean} ve standart sapma σ = {deviation}, {years} döneminin yıldan yıla %n log büyümesinden; bantlar yolların {bands} kadarını içerir.</translation>
    </message>
    <message>
        <source>{inner} and {outer}</source>
        <translation>{inner} ve {outer}</translation>
    </message>
    <message>
        <source>The chance passes {half} in {half_year} and {most} in {most_year}.</source>
        <translation>Olasılık {half_year} yılında {half} düzeyini, {most_year} yılında {most} düzeyini geçer.</translation>
    </message>
    <message>
        <source>The chance passes {half} in {half_year}, and {most} not within %n year(s) of {latest_year}.</source>
        <translation>Olasılık {half_year} yılında {half} düzeyini geçer; {most} düzeyini {latest_year} yılından sonraki %n yıl içinde geçmez.</translation>
    </message>
    <message>
        <source>The chance passes neither {half} nor {most} within %n year(s) of {latest_year}.</source>
        <translation>Olasılık, {latest_year} yılından sonraki %n yıl içinde ne {half} ne de {most} düzeyini geçer.</translation>
    </message>
    <message>
        <source>{method}, {years}</source>
        <translation>{method}, {years}</translation>
    </message>
    <message>
        <source>({target} ÷ {latest})^(1/{years}) − 1, from the {latest_year} estimate to {target_year}</source>
        <translation>({target} ÷ {latest})^(1/{years}) − 1, {latest_year} tahmininden {target_year} yılına</translation>
    </message>
    <message>
        <source>({target} ÷ {latest})^(1/{years}) − 1, from {latest_year} to {target_year}</source>
        <translation>({target} ÷ {latest})^(1/{years}) − 1, {latest_year} yılından {target_year} yılına</translation>
    </message>
    <message>
        <source>None: the target year {target_year} is not after {latest_year}.</source>
        <translation>Yok: hedef yıl {target_year}, {latest_year} yılından sonra değil.</translation>
    </message>
    <message>
        <source>None: the latest figure already reaches the target.</source>
        <translation>Yok: en son rakam hedefe zaten ulaşıyor.</translation>
    </message>
    <message>
        <source>Observed trend: {method}.</source>
        <translation>Gözlenen eğilim: {method}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--window takes two years, the first before the last, such as 2015-2024; “{text}” is not that.</source>
        <translation>--window, ilki sonuncudan önce gelen iki yıl alır, örneğin 2015-2024; “{text}” böyle değil.</translation>
    </message>
    <message>
        <source>one that names no reporter</source>
        <translation>raporlayan ülkeyi belirtmeyen bir rapor</translation>
    </message>
    <message>
        <source>The outlook needs an annual history: give --history FILE (a CSV of annual bilateral trade).</source>
        <translation>Görünüm için yıllık bir geçmiş gerekir: --history FILE verin (yıllık ikili ticaretin CSV dosyası).</translation>
    </message>
    <message>
        <source>The history has no report by {reporter}; it has: {listed}.</source>
        <translation>Geçmişte {reporter} raporu yok; olanlar: {listed}.</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Yıl aralığı:</translation>
    </message>
    <message>
        <source>Mean log growth μ:</source>
        <translation>Ortalama log büyüme μ:</translation>
    </message>
    <message>
        <source>{percent} a year</source>
        <translation>yılda {percent}</translation>
    </message>
    <message>
        <source>Standard deviation σ:</source>
        <translation>Standart sapma σ:</translation>
    </message>
    <message>
        <source>not within %n year(s)</source>
        <translation>%n yıl içinde değil</translation>
    </message>
    <message>
        <source>{first}–{last}, Malaysia&apos;s report, %n year-on-year growth(s)</source>
        <translation>{first}–{last}, Malezya raporu, yıldan yıla %n büyüme</translation>
    </message>
    <message>
        <source>{first}–{last}, Türkiye&apos;s report, %n year-on-year growth(s)</source>
        <translation>{first}–{last}, Türkiye raporu, yıldan yıla %n büyüme</translation>
    </message>
    <message>
        <source>{first}–{last}, %n year-on-year growth(s)</source>
        <translation>{first}–{last}, yıldan yıla %n büyüme</translation>
    </message>
    <message>
        <source>{growth} ({method})</source>
        <translation>{growth} ({method})</translation>
    </message>
    <message>
        <source>From the {year} estimate:</source>
        <translation>{year} tahmininden:</translation>
    </message>
    <message>
        <source>US${amount} bn</source>
        <translation>US${amount} milyar</translation>
    </message>
    <message>
        <source>Chance of {target} by {year}:</source>
        <translation>{year} yılına kadar {target} düzeyine ulaşma olasılığı:</translation>
    </message>
    <message>
        <source>The chance passes 50 % in:</source>
        <translation>Olasılığın %50&apos;yi geçtiği yıl:</translation>
    </message>
    <message>
        <source>The chance passes 90 % in:</source>
        <translation>Olasılığın %90&apos;ı geçtiği yıl:</translation>
    </message>
    <message>
        <source>Fan of likely values, US$ bn (the year&apos;s quantiles):</source>
        <translation>Olası değerler yelpazesi, US$ milyar (yılın kantilleri):</translation>
    </message>
    <message>
        <source>Assumptions: trade moves as a log-normal random walk from the latest estimate, its yearly log growth independent from year to year with the window&apos;s mean and (sample) standard deviation; the chance is of the target year&apos;s value reaching the target.</source>
        <translation>Varsayımlar: ticaret, en son tahminden başlayarak log-normal bir rastgele yürüyüşle hareket eder; yıllık log büyümesi, yıl aralığının ortalaması ve (örneklem) standart sapmasıyla yıldan yıla bağımsızdır; olasılık, hedef yıldaki değerin hedefe ulaşması olasılığıdır.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>not at this trend</source>
        <translation>bu eğilimle ulaşılamaz</translation>
    </message>
    <message>
        <source>already reached in {year}</source>
        <translation>{year} yılında zaten ulaşıldı</translation>
    </message>
    <message>
        <source>{year} ({years} years from {latest})</source>
        <translation>{year} ({latest} yılından itibaren {years} yıl)</translation>
    </message>
    <message>
        <source>none: no year is left before the target year</source>
        <translation>yok: hedef yıldan önce kalan yıl yok</translation>
    </message>
    <message>
        <source>none: the target is met</source>
        <translation>yok: hedefe ulaşıldı</translation>
    </message>
    <message>
        <source>{growth} a year to {year} = ({target} / {latest})^(1/{years}) − 1</source>
        <translation>{year} yılına kadar yılda {growth} = ({target} / {latest})^(1/{years}) − 1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Exchange rate:</source>
        <translation>Döviz kuru:</translation>
    </message>
    <message>
        <source>{rate} RM per US$</source>
        <translation>US$ başına {rate} RM</translation>
    </message>
    <message>
        <source>Base ({year}):</source>
        <translation>Baz ({year}):</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Hedef:</translation>
    </message>
    <message>
        <source>{amount} by {year} ({years} years, an assumption)</source>
        <translation>{year} yılına kadar {amount} ({years} yıl, bir varsayım)</translation>
    </message>
    <message>
        <source>Required annual growth:</source>
        <translation>Gerekli yıllık büyüme:</translation>
    </message>
    <message>
        <source>{year} estimate ({method}):</source>
        <translation>{year} tahmini ({method}):</translation>
    </message>
    <message>
        <source>{amount} ({months} of 12 months × 12/{months})</source>
        <translation>{amount} (12 ayın {months} ayı × 12/{months})</translation>
    </message>
    <message>
        <source>Observed growth:</source>
        <translation>Gözlenen büyüme:</translation>
    </message>
    <message>
        <source>Growth still needed from the {year} estimate:</source>
        <translation>{year} tahmininden itibaren hâlâ gereken büyüme:</translation>
    </message>
    <message>
        <source>Progress ratio:</source>
        <translation>İlerleme oranı:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Target reached at trend:</source>
        <translation>Eğilimle hedefe ulaşma:</translation>
    </message>
    <message>
        <source>“{path}” has no scenario “{name}”; its scenarios are {listed}.</source>
        <translation>“{path}” dosyasında “{name}” adlı senaryo yok; dosyadaki senaryolar: {listed}.</translation>
    </message>
    <message>
        <source>--name picks a scenario of a file: give --scenario FILE.</source>
        <translation>--name bir dosyadaki senaryoyu seçer: --scenario FILE belirtin.</translation>
    </message>
    <message>
        <source>Scenario: “{name}” in {file}</source>
        <translation>Senaryo: {file} içindeki “{name}”</translation>
    </message>
    <message>
        <source>give --chart FILE and/or --table FILE.</source>
        <translation>--chart FILE ve/veya --table FILE belirtin.</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>{file} yazıldı</translation>
    </message>
    <message>
        <source>{symbol}{amount} bn</source>
        <translation>{symbol}{amount} milyar</translation>
    </message>
    <message>
        <source>Monthly figures from {file}, at {rate} RM per US$:</source>
        <translation>{file} dosyasındaki aylık rakamlar (US$ başına {rate} RM kuruyla):</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Bildirilen</translation>
    </message>
    <message>
        <source>Year to date against the required pace (required × months/12):</source>
        <translation>Yılbaşından bu yana, gerekli tempoya göre (gerekli × ay/12):</translation>
    </message>
    <message>
        <source>Latest twelve months ({first}–{last}): {amount}</source>
        <translation>Son on iki ay ({first}–{last}): {amount}</translation>
    </message>
    <message>
        <source>%n row(s) left out:</source>
        <translation>%n satır dışarıda bırakıldı:</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Satır {line}: {message}</translation>
    </message>
    <message>
        <source>unknown command &apos;{word}&apos; (did you mean {command}?)</source>
        <translation>bilinmeyen komut &apos;{word}&apos; ({command} mı demek istediniz?)</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a command, and there is no such file to open in the window (the commands are {commands}).</source>
        <translation>&apos;{word}&apos; bir komut değil ve pencerede açılacak böyle bir dosya yok (komutlar: {commands}).</translation>
    </message>
    <message>
        <source>unknown command &apos;{word}&apos; (the commands are {commands}).</source>
        <translation>bilinmeyen komut &apos;{word}&apos; (komutlar: {commands}).</translation>
    </message>
    <message>
        <source>could not write the output ({reason}).</source>
        <translation>çıktı yazılamadı ({reason}).</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Scenario</source>
        <translation>Senaryo</translation>
    </message>
    <message>
        <source>Rate (RM per US$)</source>
        <translation>Kur (US$ başına RM)</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Hedef yıl</translation>
    </message>
    <message>
        <source>Required growth</source>
        <translation>Gerekli büyüme</translation>
    </message>
    <message>
        <source>Observed growth</source>
        <translation>Gözlenen büyüme</translation>
    </message>
    <message>
        <source>Catch-up growth</source>
        <translation>Telafi büyümesi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Reached at trend</source>
        <translation>Eğilimle ulaşma</translation>
    </message>
    <message>
        <source>The growth a year still needed from the latest figure to reach the target by the target year; none when the target is met or no year is left.</source>
        <translation>Hedefe hedef yıla kadar ulaşmak için en son rakamdan itibaren hâlâ gereken yıllık büyüme; hedefe ulaşıldığında ya da yıl kalmadığında yok.</translation>
    </message>
    <message>
        <source>The year the target is met if trade keeps growing at the observed rate.</source>
        <translation>Ticaret gözlenen oranda büyümeyi sürdürürse hedefe ulaşılacak yıl.</translation>
    </message>
    <message>
        <source>Not at this trend</source>
        <translation>Bu eğilimle ulaşılamaz</translation>
    </message>
    <message>
        <source>Already ({year})</source>
        <translation>Ulaşıldı ({year})</translation>
    </message>
    <message>
        <source>{year} (%n yr)</source>
        <translation>{year} (%n yıl)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>{percent} a year</source>
        <translation>yılda {percent}</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>News article</source>
        <translation>Haber makalesi</translation>
    </message>
    <message>
        <source>Prime Minister Anwar Ibrahim&apos;s official visit to Türkiye (Istanbul roundtable with Turkish and Malaysian industry)</source>
        <translation>Başbakan Enver İbrahim’in Türkiye’ye resmî ziyareti (Türk ve Malezyalı sanayi temsilcileriyle İstanbul’da yuvarlak masa toplantısı)</translation>
    </message>
    <message>
        <source>Wisma Putra (Malaysia&apos;s Ministry of Foreign Affairs)</source>
        <translation>Wisma Putra (Malezya Dışişleri Bakanlığı)</translation>
    </message>
    <message>
        <source>Bilateral trade, 2024</source>
        <translation>İkili ticaret, 2024</translation>
    </message>
    <message>
        <source>Calendar 2024 (full year)</source>
        <translation>2024 takvim yılı (tam yıl)</translation>
    </message>
    <message>
        <source>Bilateral trade, Jan–Nov 2025</source>
        <translation>İkili ticaret, Ocak–Kasım 2025</translation>
    </message>
    <message>
        <source>Jan–Nov 2025 (11 months)</source>
        <translation>Ocak–Kasım 2025 (11 ay)</translation>
    </message>
    <message>
        <source>Bilateral trade target</source>
        <translation>İkili ticaret hedefi</translation>
    </message>
    <message>
        <source>No deadline stated</source>
        <translation>Son tarih belirtilmemiş</translation>
    </message>
    <message>
        <source>Malaysia’s E&amp;E semiconductor exports to the US</source>
        <translation>Malezya’nın ABD’ye E&amp;E yarı iletken ihracatı</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>üzeri</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Belirtilmemiş</translation>
    </message>
    <message>
        <source>Roundtable participants</source>
        <translation>Yuvarlak masa katılımcıları</translation>
    </message>
    <message>
        <source>39 Turkish and 7 Malaysian companies</source>
        <translation>39 Türk ve 7 Malezya şirketi</translation>
    </message>
    <message>
        <source>January 2026</source>
        <translation>Ocak 2026</translation>
    </message>
    <message>
        <source>Official visit to Türkiye</source>
        <translation>Türkiye’ye resmî ziyaret</translation>
    </message>
    <message>
        <source>6–8 January 2026</source>
        <translation>6–8 Ocak 2026</translation>
    </message>
    <message>
        <source>base</source>
        <translation>baz</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>en son</translation>
    </message>
    <message>
        <source>target</source>
        <translation>hedef</translation>
    </message>
    <message>
        <source>{kind}, {published}: {subject}.</source>
        <translation>{kind}, {published}: {subject}.</translation>
    </message>
    <message>
        <source>The dataset has no figure reported in both currencies to imply a rate.</source>
        <translation>Veri setinde, kur çıkarılmasına olanak verecek şekilde her iki para biriminde bildirilmiş bir rakam yok.</translation>
    </message>
    <message>
        <source>{where}: missing field “{key}”.</source>
        <translation>{where}: “{key}” alanı eksik.</translation>
    </message>
    <message>
        <source>{where}: field “{key}” has the wrong type.</source>
        <translation>{where}: “{key}” alanının türü yanlış.</translation>
    </message>
    <message>
        <source>{where}: “{key}” is too large to be an amount.</source>
        <translation>{where}: “{key}” bir tutar olamayacak kadar büyük.</translation>
    </message>
    <message>
        <source>{where}: “{key}” must be a positive finite number, not {value}.</source>
        <translation>{where}: “{key}” pozitif ve sonlu bir sayı olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>figure {number}</source>
        <translation>{number}. rakam</translation>
    </message>
    <message>
        <source>{where}: expected an object.</source>
        <translation>{where}: bir nesne bekleniyordu.</translation>
    </message>
    <message>
        <source>figure “{id}”</source>
        <translation>“{id}” rakamı</translation>
    </message>
    <message>
        <source>{where}: unknown kind “{kind}”.</source>
        <translation>{where}: bilinmeyen tür “{kind}”.</translation>
    </message>
    <message>
        <source>{where}: “months” must be 1–12, not {months}.</source>
        <translation>{where}: “months” 1–12 arasında olmalıdır (verilen değer: {months}).</translation>
    </message>
    <message>
        <source>{where}: reported currency must be USD or MYR.</source>
        <translation>{where}: bildirilen para birimi USD veya MYR olmalıdır.</translation>
    </message>
    <message>
        <source>{where}: only an amount of money has a second value.</source>
        <translation>{where}: yalnızca para tutarlarının ikinci bir değeri olabilir.</translation>
    </message>
    <message>
        <source>{where}: “use_partner” is true but there is no partner value.</source>
        <translation>{where}: “use_partner” true, ancak partner ülke değeri yok.</translation>
    </message>
    <message>
        <source>{where}: “monthly” must be a list.</source>
        <translation>{where}: “monthly” bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>{where}, monthly figure {number}</source>
        <translation>{where}, {number}. aylık rakam</translation>
    </message>
    <message>
        <source>{where}: no such month {year}-{month}.</source>
        <translation>{where}: {year}-{month} diye bir ay yok.</translation>
    </message>
    <message>
        <source>{where}: {year}-{month} is given twice.</source>
        <translation>{where}: {year}-{month} iki kez verilmiş.</translation>
    </message>
    <message>
        <source>{where}: “history” must be a list.</source>
        <translation>{where}: “history” bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>{where}: “history” holds {count} records; at most {most} are read.</source>
        <translation>{where}: “history” {count} kayıt içeriyor; en fazla {most} kayıt okunur.</translation>
    </message>
    <message>
        <source>{where}, history record {number}</source>
        <translation>{where}, {number}. geçmiş kaydı</translation>
    </message>
    <message>
        <source>{where}: “year” must be from {low} to {high}, not {year}.</source>
        <translation>{where}: “year”, {low} ile {high} arasında olmalıdır (verilen değer: {year}).</translation>
    </message>
    <message>
        <source>{where}: “reporter” must be “MYS”, “TUR” or absent.</source>
        <translation>{where}: “reporter”, “MYS” veya “TUR” olmalı ya da hiç verilmemelidir.</translation>
    </message>
    <message>
        <source>{where}: {year} is given twice for the same reporter.</source>
        <translation>{where}: {year}, aynı raporlayan ülke için iki kez verilmiş.</translation>
    </message>
    <message>
        <source>The dataset is larger than 1 MB; it is not a Trade Target dataset.</source>
        <translation>Veri seti 1 MB’tan büyük; bir Trade Target veri seti değildir.</translation>
    </message>
    <message>
        <source>The dataset</source>
        <translation>Veri seti</translation>
    </message>
    <message>
        <source>The file is not a Trade Target dataset.</source>
        <translation>Dosya bir Trade Target veri seti değil.</translation>
    </message>
    <message>
        <source>Unknown dataset format_version {version}.</source>
        <translation>Bilinmeyen veri seti format_version değeri: {version}.</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>veri seti</translation>
    </message>
    <message>
        <source>{what} gives the key {key} twice in one object; give each key once.</source>
        <translation>{what} bir nesnede {key} anahtarını iki kez veriyor; her anahtarı yalnızca bir kez verin.</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>çok derin iç içe geçmiş</translation>
    </message>
    <message>
        <source>{what} is not valid JSON ({reason}).</source>
        <translation>{what} geçerli JSON değil ({reason}).</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>atıf</translation>
    </message>
    <message>
        <source>{where}: two figures share an id.</source>
        <translation>{where}: iki rakam aynı kimliği (id) paylaşıyor.</translation>
    </message>
    <message>
        <source>{where}, roles</source>
        <translation>{where}, roller</translation>
    </message>
    <message>
        <source>{where}, roles: {problem}</source>
        <translation>{where}, roller: {problem}</translation>
    </message>
    <message>
        <source>The {role} figure “{figure_id}” is not in the dataset.</source>
        <translation>“{role}” rolündeki “{figure_id}” rakamı veri setinde yok.</translation>
    </message>
    <message>
        <source>the {role} figure “{figure_id}” is not in the dataset.</source>
        <translation>“{role}” rolündeki “{figure_id}” rakamı veri setinde yok.</translation>
    </message>
    <message>
        <source>The {role} figure must be an amount of money.</source>
        <translation>“{role}” rolündeki rakam bir para tutarı olmalıdır.</translation>
    </message>
    <message>
        <source>the {role} figure must be an amount of money.</source>
        <translation>“{role}” rolündeki rakam bir para tutarı olmalıdır.</translation>
    </message>
    <message>
        <source>The {role} figure needs a year and months covered.</source>
        <translation>“{role}” rolündeki rakam için bir yıl ve kapsanan ay sayısı gerekir.</translation>
    </message>
    <message>
        <source>the {role} figure needs a year and months covered.</source>
        <translation>“{role}” rolündeki rakam için bir yıl ve kapsanan ay sayısı gerekir.</translation>
    </message>
    <message>
        <source>The latest figure must be for a later year than the base.</source>
        <translation>En son rakam, baz yıldan sonraki bir yıla ait olmalıdır.</translation>
    </message>
    <message>
        <source>the latest figure must be for a later year than the base.</source>
        <translation>en son rakam, baz yıldan sonraki bir yıla ait olmalıdır.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Trade Target files</source>
        <translation>Trade Target dosyaları</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Open scenarios</source>
        <translation>Senaryoları aç</translation>
    </message>
    <message>
        <source>Save scenarios as</source>
        <translation>Senaryoları farklı kaydet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?</source>
        <translation>Önce “{name}” üzerindeki değişiklikler kaydedilsin mi?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Kaydetmezseniz değişiklikleriniz kaybolacak.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Kaydet&amp;me</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Dosya diskte değişti</translation>
    </message>
    <message>
        <source>“{name}” has been changed on disk since you opened or last saved it here, perhaps in another window.</source>
        <translation>“{name}”, burada açtığınızdan ya da en son kaydettiğinizden bu yana diskte değiştirildi; belki başka bir pencerede.</translation>
    </message>
    <message>
        <source>Overwrite puts your work in its place and those changes are lost; Save As keeps both.</source>
        <translation>Üzerine Yaz, çalışmanızı onun yerine koyar ve o değişiklikler kaybolur; Farklı Kaydet ikisini de korur.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;zerine Yaz</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Farklı Kaydet…</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Kaydedilmemiş çalışmayı geri yükle</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Grafiği dışa aktar</translation>
    </message>
    <message>
        <source>Width of the image in pixels ({lowest}–{highest}):</source>
        <translation>Görüntü genişliği, piksel ({lowest}–{highest}):</translation>
    </message>
    <message>
        <source>Print brief</source>
        <translation>Bilgi notunu yazdır</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Change exchange rate</source>
        <translation>Döviz kurunu değiştir</translation>
    </message>
    <message>
        <source>Change years to target</source>
        <translation>Hedefe kalan yılı değiştir</translation>
    </message>
    <message>
        <source>Change target</source>
        <translation>Hedefi değiştir</translation>
    </message>
    <message>
        <source>Change base-year trade</source>
        <translation>Baz yıl ticaretini değiştir</translation>
    </message>
    <message>
        <source>Change latest trade</source>
        <translation>En son ticaret rakamını değiştir</translation>
    </message>
    <message>
        <source>Change months covered</source>
        <translation>Kapsanan ayları değiştir</translation>
    </message>
    <message>
        <source>Change a figure&apos;s name</source>
        <translation>Rakamın adını değiştir</translation>
    </message>
    <message>
        <source>Change a figure&apos;s value</source>
        <translation>Rakamın değerini değiştir</translation>
    </message>
    <message>
        <source>Change a figure&apos;s reported currency</source>
        <translation>Rakamın bildirilen para birimini değiştir</translation>
    </message>
    <message>
        <source>Change a figure&apos;s year</source>
        <translation>Rakamın yılını değiştir</translation>
    </message>
    <message>
        <source>Change a figure&apos;s months covered</source>
        <translation>Rakamın kapsadığı ayları değiştir</translation>
    </message>
    <message>
        <source>Change a figure&apos;s period</source>
        <translation>Rakamın dönemini değiştir</translation>
    </message>
    <message>
        <source>Change a figure&apos;s source note</source>
        <translation>Rakamın kaynak notunu değiştir</translation>
    </message>
    <message>
        <source>Change a figure&apos;s partner value</source>
        <translation>Rakamın partner ülke değerini değiştir</translation>
    </message>
    <message>
        <source>Change a figure&apos;s partner source</source>
        <translation>Rakamın partner ülke kaynağını değiştir</translation>
    </message>
    <message>
        <source>Choose whose value a figure uses</source>
        <translation>Rakamda hangi ülkenin değerinin kullanılacağını seç</translation>
    </message>
    <message>
        <source>Change the previous year&apos;s same-months figure</source>
        <translation>Önceki yılın aynı aylara ait rakamını değiştir</translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation>{field} alanını değiştir</translation>
    </message>
    <message>
        <source>Change a figure&apos;s {field}</source>
        <translation>Rakamın {field} alanını değiştir</translation>
    </message>
    <message>
        <source>Trend by {method}</source>
        <translation>Eğilim: {method}</translation>
    </message>
    <message>
        <source>Choose whose report the sums use</source>
        <translation>Hesapların kullandığı raporu seç</translation>
    </message>
    <message>
        <source>Change the trend&apos;s window of years</source>
        <translation>Eğilimin yıl aralığını değiştir</translation>
    </message>
    <message>
        <source>Show {currency}</source>
        <translation>Tutarları {currency} cinsinden göster</translation>
    </message>
    <message>
        <source>Reset to the article&apos;s figures</source>
        <translation>Makaledeki rakamlara sıfırla</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Senaryo</translation>
    </message>
    <message>
        <source>Scenario {number}</source>
        <translation>Senaryo {number}</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Yeni senaryo</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Senaryoyu çoğalt</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Senaryoyu yeniden adlandır</translation>
    </message>
    <message>
        <source>Delete scenario “{name}”</source>
        <translation>“{name}” senaryosunu sil</translation>
    </message>
    <message>
        <source>Show scenario on the chart</source>
        <translation>Senaryoyu grafikte göster</translation>
    </message>
    <message>
        <source>Hide scenario on the chart</source>
        <translation>Senaryoyu grafikte gizle</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Rakam ekle</translation>
    </message>
    <message>
        <source>Remove a figure</source>
        <translation>Rakamı kaldır</translation>
    </message>
    <message>
        <source>Import %n monthly figure(s)</source>
        <translation>%n adet aylık rakamı içe aktar</translation>
    </message>
    <message>
        <source>Remove the monthly figures</source>
        <translation>Aylık rakamları kaldır</translation>
    </message>
    <message>
        <source>Import %n year(s) of annual history</source>
        <translation>Yıllık geçmişten %n yılı içe aktar</translation>
    </message>
    <message>
        <source>Remove the annual history</source>
        <translation>Yıllık geçmişi kaldır</translation>
    </message>
    <message>
        <source>Annualise by {method}</source>
        <translation>{method} yöntemiyle yıllıklandır</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>A trend over a window of years needs the annual history of at least two years in that window; import the history or choose another window.</source>
        <translation>Bir yıl aralığı üzerinden eğilim, o aralıkta en az iki yılın yıllık geçmişini gerektirir; geçmişi içe aktarın ya da başka bir aralık seçin.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image</source>
        <translation>PNG görüntüsü</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG çizimi</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel çalışma kitabı</translation>
    </message>
    <message>
        <source>CSV, comma-separated values</source>
        <translation>CSV, virgülle ayrılmış değerler</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF belgesi</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated values with decimal commas</source>
        <translation>CSV, noktalı virgülle ayrılmış değerler, ondalık virgüllü</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Dışa aktarılamadı</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Grafiği dışa aktar</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabloyu dışa aktar</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Bilgi notunu dışa aktar</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Yazdırılamadı</translation>
    </message>
    <message>
        <source>Could not print to “{name}”: check that its folder exists and can be written to.</source>
        <translation>“{name}” dosyasına yazdırılamadı: klasörünün var olduğunu ve yazılabilir olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>The printer “{printer}” could not be started.</source>
        <translation>“{printer}” yazıcısı başlatılamadı.</translation>
    </message>
</context>
<context>
    <name>FigureEdits</name>
    <message>
        <source>Figure</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Reported currency</source>
        <translation>Bildirilen para birimi</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>Kapsanan aylar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Kaynak notu</translation>
    </message>
    <message>
        <source>{label}: enter text.</source>
        <translation>{label}: metin girin.</translation>
    </message>
    <message>
        <source>{label}: holds a character that is not text.</source>
        <translation>{label}: metin olmayan bir karakter içeriyor.</translation>
    </message>
    <message>
        <source>{label}: a figure needs a name.</source>
        <translation>{label}: rakamın bir adı olmalıdır.</translation>
    </message>
    <message>
        <source>{label}: at most {most} characters.</source>
        <translation>{label}: en fazla {most} karakter.</translation>
    </message>
    <message>
        <source>{label}: “{figure}” is not an amount of money.</source>
        <translation>{label}: “{figure}” bir para tutarı değil.</translation>
    </message>
    <message>
        <source>Partner&apos;s value</source>
        <translation>Partner ülke değeri</translation>
    </message>
    <message>
        <source>Partner&apos;s source</source>
        <translation>Partner ülke kaynağı</translation>
    </message>
    <message>
        <source>Use the partner&apos;s value</source>
        <translation>Partner ülke değerini kullan</translation>
    </message>
    <message>
        <source>Previous year, same months</source>
        <translation>Önceki yıl, aynı aylar</translation>
    </message>
    <message>
        <source>{label}: enter a number.</source>
        <translation>{label}: bir sayı girin.</translation>
    </message>
    <message>
        <source>{label}: enter a finite number.</source>
        <translation>{label}: sonlu bir sayı girin.</translation>
    </message>
    <message>
        <source>{label}: must be greater than zero.</source>
        <translation>{label}: sıfırdan büyük olmalıdır.</translation>
    </message>
    <message>
        <source>{label}: at most {most} billion.</source>
        <translation>{label}: en fazla {most} milyar.</translation>
    </message>
    <message>
        <source>{label}: yes or no.</source>
        <translation>{label}: evet veya hayır.</translation>
    </message>
    <message>
        <source>{label}: enter the partner&apos;s value for “{figure}” first.</source>
        <translation>{label}: önce “{figure}” için partner ülke değerini girin.</translation>
    </message>
    <message>
        <source>{label}: USD or MYR.</source>
        <translation>{label}: USD veya MYR.</translation>
    </message>
    <message>
        <source>{label}: a year from {low} to {high}.</source>
        <translation>{label}: {low} ile {high} arasında bir yıl.</translation>
    </message>
    <message>
        <source>{label}: a whole number from {low} to {high}.</source>
        <translation>{label}: {low} ile {high} arasında bir tam sayı.</translation>
    </message>
    <message>
        <source>The sums need a figure for a later year than the base year ({year}); this change would leave none.</source>
        <translation>Hesaplamalar için baz yıldan ({year}) sonraki bir yıla ait bir rakam gerekir; bu değişiklik böyle bir rakam bırakmaz.</translation>
    </message>
    <message>
        <source>“{field}” cannot be edited.</source>
        <translation>“{field}” düzenlenemez.</translation>
    </message>
    <message>
        <source>There is no figure “{id}”.</source>
        <translation>“{id}” adlı rakam yok.</translation>
    </message>
    <message>
        <source>{label}: “{figure}” is not a trade figure.</source>
        <translation>{label}: “{figure}” bir ticaret rakamı değil.</translation>
    </message>
    <message>
        <source>Bilateral trade, {year}</source>
        <translation>İkili ticaret, {year}</translation>
    </message>
    <message>
        <source>Calendar {year} (full year)</source>
        <translation>{year} takvim yılı (tam yıl)</translation>
    </message>
    <message>
        <source>{year}, %n month(s)</source>
        <translation>{year}, %n ay</translation>
    </message>
    <message>
        <source>The base-year figure cannot be removed: the sums start there.</source>
        <translation>Baz yıl rakamı kaldırılamaz: hesaplamalar buradan başlar.</translation>
    </message>
    <message>
        <source>The target cannot be removed.</source>
        <translation>Hedef kaldırılamaz.</translation>
    </message>
    <message>
        <source>Annual history: the record of {year} cannot be used; years run from {low} to {high}, amounts are more than zero and at most {most} billion.</source>
        <translation>Yıllık geçmiş: {year} kaydı kullanılamıyor; yıllar {low} ile {high} arasındadır, tutarlar sıfırdan büyük ve en fazla {most} milyardır.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Base year</source>
        <translation>Baz yıl</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>En son</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Kullanım</translation>
    </message>
    <message>
        <source>As reported</source>
        <translation>Bildirildiği gibi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Other currency (derived)</source>
        <translation>Diğer para birimi (türetilmiş)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Source quote or note</source>
        <translation>Kaynak alıntısı veya not</translation>
    </message>
    <message>
        <source>Partner&apos;s value</source>
        <translation>Partner ülke değeri</translation>
    </message>
    <message>
        <source>Partner&apos;s source</source>
        <translation>Partner ülke kaynağı</translation>
    </message>
    <message>
        <source>Use partner&apos;s</source>
        <translation>Partner ülke değerini kullan</translation>
    </message>
    <message>
        <source>Partner vs reporter</source>
        <translation>Partner ülke / raporlayan ülke</translation>
    </message>
    <message>
        <source>Previous year, same months</source>
        <translation>Önceki yıl, aynı aylar</translation>
    </message>
    <message>
        <source>Converted through the exchange rate you set; not a figure from the source.</source>
        <translation>Belirlediğiniz döviz kuruyla dönüştürülmüştür; kaynaktaki bir rakam değildir.</translation>
    </message>
    <message>
        <source>Which figures the sums use. “Latest” is the newest trade figure after the base year: add a newer one and every result follows it.</source>
        <translation>Hesaplamaların hangi rakamları kullandığı. “En son”, baz yıldan sonraki en yeni ticaret rakamıdır: daha yeni bir rakam eklerseniz tüm sonuçlar onu esas alır.</translation>
    </message>
    <message>
        <source>The article&apos;s own words, quoted in the original English, or your note on a figure you added.</source>
        <translation>Makalenin kendi ifadeleri (orijinal İngilizce hâliyle alıntılanmıştır) veya eklediğiniz bir rakama ilişkin notunuz.</translation>
    </message>
    <message>
        <source>The same trade as the partner country&apos;s statistics report it (Türkiye&apos;s exports to Malaysia are Malaysia&apos;s imports from Türkiye), in the same currency and period. Double-click to enter; clear it to remove.</source>
        <translation>Aynı ticaretin partner ülkenin istatistiklerinde bildirilen değeri (Türkiye’nin Malezya’ya ihracatı, Malezya’nın Türkiye’den ithalatıdır); aynı para birimi ve dönem için. Girmek için çift tıklayın; kaldırmak için içeriği silin.</translation>
    </message>
    <message>
        <source>Tick to make the sums use the partner&apos;s value instead of the reporter&apos;s.</source>
        <translation>Hesaplamalarda raporlayan ülkenin değeri yerine partner ülkenin değerinin kullanılması için işaretleyin.</translation>
    </message>
    <message>
        <source>How far the partner&apos;s value is from the reporter&apos;s, as a share of the reporter&apos;s.</source>
        <translation>Partner ülke değerinin raporlayan ülke değerinden farkı, raporlayan ülke değerine oranla.</translation>
    </message>
    <message>
        <source>For the latest figure: the previous year&apos;s trade over the same months, which same-period annualisation needs.</source>
        <translation>En son rakam için: önceki yılın aynı aylardaki ticareti; aynı dönem yöntemiyle yıllıklandırma için gereklidir.</translation>
    </message>
    <message>
        <source>{qualifier} {symbol}{amount} billion</source>
        <translation>{symbol}{amount} milyar {qualifier}</translation>
    </message>
    <message>
        <source>{symbol}{amount} billion</source>
        <translation>{symbol}{amount} milyar</translation>
    </message>
    <message>
        <source>≈ {qualifier} {amount}</source>
        <translation>≈ {amount} {qualifier}</translation>
    </message>
    <message>
        <source>≈ {amount}</source>
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <comment>the article&apos;s words, always shown in the original English; a translation may say so, e.g. “{quote}” (in English)</comment>
        <translation>“{quote}” (İngilizce orijinal)</translation>
    </message>
    <message>
        <source>Added by you: {note}</source>
        <translation>Tarafınızdan eklendi: {note}</translation>
    </message>
    <message>
        <source>Added by you.</source>
        <translation>Tarafınızdan eklendi.</translation>
    </message>
    <message>
        <source>“{quote}”

{citation}</source>
        <comment>the article&apos;s words in the original English, then where they were published</comment>
        <translation>“{quote}” (İngilizce orijinal)

{citation}</translation>
    </message>
    <message>
        <source>Billions, in the currency the source reported. Double-click to correct.</source>
        <translation>Milyar cinsinden, kaynağın bildirdiği para biriminde. Düzeltmek için çift tıklayın.</translation>
    </message>
    <message>
        <source>Not an amount of money: nothing to convert.</source>
        <translation>Para tutarı değil: dönüştürülecek bir şey yok.</translation>
    </message>
    <message>
        <source>Derived, not reported: converted at {rate} RM per US$ (the rate in the inputs).</source>
        <translation>Türetilmiştir, bildirilmemiştir: US$ başına {rate} RM kuruyla (girdilerdeki kur) dönüştürülmüştür.</translation>
    </message>
    <message>
        <source>The article&apos;s own conversion: {symbol}{amount} billion.</source>
        <translation>Makalenin kendi dönüşümü: {symbol}{amount} milyar.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>Kapsanan aylar</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Dosya açılamadı</translation>
    </message>
    <message>
        <source>Could not restore unsaved work</source>
        <translation>Kaydedilmemiş çalışma geri yüklenemedi</translation>
    </message>
    <message>
        <source>The work autosaved before Trade Target last closed cannot be read: {error}</source>
        <translation>Trade Target son kapanmadan önce otomatik kaydedilen çalışma okunamıyor: {error}</translation>
    </message>
    <message>
        <source>Trade Target did not close normally last time. Restore the unsaved work on “{name}” that was autosaved (scenarios: {scenarios})?</source>
        <translation>Trade Target geçen sefer normal şekilde kapanmadı. “{name}” üzerindeki, otomatik kaydedilmiş ancak kaydedilmemiş çalışma geri yüklensin mi (senaryolar: {scenarios})?</translation>
    </message>
    <message>
        <source>Trade Target did not close normally last time. Restore the unsaved work on a document that was never saved that was autosaved (scenarios: {scenarios})?</source>
        <translation>Trade Target geçen sefer normal şekilde kapanmadı. Hiç kaydedilmemiş bir belgeye ait, otomatik kaydedilmiş çalışma geri yüklensin mi (senaryolar: {scenarios})?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kaydedilemedi</translation>
    </message>
    <message>
        <source>Your work is still open and not saved; any earlier copy of the file is unchanged. Try File › Save As to save it somewhere else.</source>
        <translation>Çalışmanız hâlâ açık ve kaydedilmedi; dosyanın önceki kopyası değişmedi. Başka bir yere kaydetmek için Dosya › Farklı Kaydet komutunu deneyin.</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>a number of %n digit(s)</source>
        <translation>%n basamaklı bir sayı</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>bir liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>bir nesne</translation>
    </message>
    <message>
        <source>{where}missing field “{key}”.</source>
        <translation>{where}“{key}” alanı eksik.</translation>
    </message>
    <message>
        <source>{where}“exchange_rate” must be a finite number of RM per US$, not {value}.</source>
        <translation>{where}“exchange_rate”, US$ başına RM cinsinden sonlu bir sayı olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>{where}“exchange_rate” must be more than 0 and at most {most} RM per US$, not {value}.</source>
        <translation>{where}“exchange_rate”, 0’dan büyük ve en fazla US$ başına {most} RM olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>{where}“years_to_target” must be whole years from {low} to {high}, not {value}.</source>
        <translation>{where}“years_to_target”, {low} ile {high} arasında tam yıl olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>{where}“{key}” holds text that is not valid Unicode.</source>
        <translation>{where}“{key}” geçerli Unicode olmayan metin içeriyor.</translation>
    </message>
    <message>
        <source>“source” must be an object, not {value}.</source>
        <translation>“source” bir nesne olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>source: </source>
        <translation>kaynak: </translation>
    </message>
    <message>
        <source>{where}a figure&apos;s “id” holds text that is not valid Unicode.</source>
        <translation>{where}bir rakamın “id” değeri geçerli Unicode olmayan metin içeriyor.</translation>
    </message>
    <message>
        <source>{where}figure {id}: </source>
        <translation>{where}rakam {id}: </translation>
    </message>
    <message>
        <source>{where}“year” must be from {low} to {high}, not {year}.</source>
        <translation>{where}“year”, {low} ile {high} arasında olmalıdır (verilen değer: {year}).</translation>
    </message>
    <message>
        <source>scenario {number}: </source>
        <translation>senaryo {number}: </translation>
    </message>
    <message>
        <source>{where}expected an object, not {value}.</source>
        <translation>{where}bir nesne bekleniyordu (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>{where}“name” must be text, not {value}.</source>
        <translation>{where}“name” metin olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>{where}“name” holds text that is not valid Unicode.</source>
        <translation>{where}“name” geçerli Unicode olmayan metin içeriyor.</translation>
    </message>
    <message>
        <source>scenario {name}</source>
        <translation>senaryo {name}</translation>
    </message>
    <message>
        <source>{where}“shown” must be true or false, not {value}.</source>
        <translation>{where}“shown” true veya false olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>{where}“annualisation” must be “run_rate”, “same_period” or “trailing_12”, not {value}.</source>
        <translation>{where}“annualisation”, “run_rate”, “same_period” veya “trailing_12” olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>{where}its amounts and exchange rate are too far apart to compute the growth.</source>
        <translation>{where}tutarlar ile döviz kuru, büyümenin hesaplanamayacağı kadar birbirinden uzak.</translation>
    </message>
    <message>
        <source>{where}“trend” must be an object, not {value}.</source>
        <translation>{where}“trend” bir nesne olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>{where}“trend”: “method” must be “two_point”, “compound” or “log_linear”, not {value}.</source>
        <translation>{where}“trend”: “method”, “two_point”, “compound” veya “log_linear” olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>{where}“trend”: “{key}” must be a year from {low} to {high}, or null, not {value}.</source>
        <translation>{where}“trend”: “{key}”, {low} ile {high} arasında bir yıl ya da null olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>{where}“trend”: the window&apos;s first year, {first}, is after its last, {last}.</source>
        <translation>{where}“trend”: aralığın ilk yılı ({first}), son yılından ({last}) sonra geliyor.</translation>
    </message>
    <message>
        <source>{where}“trend”: “reporter” must be “MYS”, “TUR” or “”, not {value}.</source>
        <translation>{where}“trend”: “reporter”, “MYS”, “TUR” veya “” olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>“{name}” gives no file format version; this version of Trade Target reads version {ours}.</source>
        <translation>“{name}” dosya biçimi sürümünü belirtmiyor; Trade Target’ın bu sürümü {ours} sürümünü okur.</translation>
    </message>
    <message>
        <source>“{name}” uses file format version {found}, written by a newer Trade Target; this version of Trade Target reads version {ours}.</source>
        <translation>“{name}”, daha yeni bir Trade Target tarafından yazılmış {found} dosya biçimi sürümünü kullanıyor; Trade Target’ın bu sürümü {ours} sürümünü okur.</translation>
    </message>
    <message>
        <source>“{name}” gives the file format version as {found}; this version of Trade Target reads version {ours}.</source>
        <translation>“{name}” dosya biçimi sürümünü {found} olarak belirtiyor; Trade Target’ın bu sürümü {ours} sürümünü okur.</translation>
    </message>
    <message>
        <source>“app_version” must be text, not {value}.</source>
        <translation>“app_version” metin olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>“scenarios” must be a list, not {value}.</source>
        <translation>“scenarios” bir liste olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>it holds no scenarios; a workbook needs at least one.</source>
        <translation>hiç senaryo içermiyor; bir çalışma kitabında en az bir senaryo olmalıdır.</translation>
    </message>
    <message>
        <source>two scenarios are named {name}.</source>
        <translation>iki senaryonun adı {name}.</translation>
    </message>
    <message>
        <source>“current” must be the index of a scenario, 0 to {last}, not {value}.</source>
        <translation>“current”, 0 ile {last} arasında bir senaryo dizini olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>“display_currency” must be “USD” or “MYR”, not {value}.</source>
        <translation>“display_currency”, “USD” veya “MYR” olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>“autosave_of” must be a file&apos;s path or null, not {value}.</source>
        <translation>“autosave_of” bir dosya yolu veya null olmalıdır (verilen değer: {value}).</translation>
    </message>
    <message>
        <source>it</source>
        <comment>the file, as a subject</comment>
        <translation>dosya</translation>
    </message>
    <message>
        <source>it holds {value}, not a workbook object.</source>
        <translation>bir çalışma kitabı nesnesi değil, {value} içeriyor.</translation>
    </message>
    <message>
        <source>it is a dataset, not a workbook of scenarios.</source>
        <translation>bir veri seti; senaryo çalışma kitabı değil.</translation>
    </message>
    <message>
        <source>“format” is {value}, not “{format}”.</source>
        <translation>“format” değeri {value}; “{format}” olmalıdır.</translation>
    </message>
    <message>
        <source>“{name}” is not a Trade Target file: {detail}</source>
        <translation>“{name}” bir Trade Target dosyası değil: {detail}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Could not save “{name}”: the workbook would take {size}, more than the {most} a Trade Target file may take; delete some scenarios, or move some to another file.</source>
        <translation>“{name}” kaydedilemedi: çalışma kitabı {size} yer kaplayacaktı, bu da bir Trade Target dosyasının alabileceği {most} sınırını aşıyor; bazı senaryoları silin ya da bir kısmını başka bir dosyaya taşıyın.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{symbol}{amount} bn</source>
        <translation>{symbol}{amount} milyar</translation>
    </message>
</context>
<context>
    <name>Growth</name>
    <message>
        <source>Target met</source>
        <translation>Hedefe ulaşıldı</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Hedefe uygun ilerliyor</translation>
    </message>
    <message>
        <source>Needs acceleration</source>
        <translation>Hızlanma gerekli</translation>
    </message>
    <message>
        <source>Limited progress</source>
        <translation>Sınırlı ilerleme</translation>
    </message>
    <message>
        <source>Moving away from the target</source>
        <translation>Hedeften uzaklaşıyor</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>base year to latest estimate</source>
        <translation>baz yıldan en son tahmine</translation>
    </message>
    <message>
        <source>compound growth over the window</source>
        <translation>yıl aralığında bileşik büyüme</translation>
    </message>
    <message>
        <source>log-linear fit over the window</source>
        <translation>yıl aralığında log-doğrusal uyum</translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>year (refYear)</source>
        <translation>yıl (refYear)</translation>
    </message>
    <message>
        <source>flow (flowCode)</source>
        <translation>akış (flowCode)</translation>
    </message>
    <message>
        <source>reporter (reporterISO)</source>
        <translation>raporlayan ülke (reporterISO)</translation>
    </message>
    <message>
        <source>partner (partnerISO)</source>
        <translation>partner ülke (partnerISO)</translation>
    </message>
    <message>
        <source>trade value (primaryValue)</source>
        <translation>ticaret değeri (primaryValue)</translation>
    </message>
    <message>
        <source>Trade value</source>
        <translation>Ticaret değeri</translation>
    </message>
    <message>
        <source>The header (line {line}) names a flow, as a UN Comtrade export does, but no {columns} column: export the data again with every column.</source>
        <translation>Başlık (satır {line}) bir UN Comtrade dışa aktarımı gibi bir akış sütunu içeriyor, ancak {columns} sütunu yok: verileri tüm sütunlarıyla yeniden dışa aktarın.</translation>
    </message>
    <message>
        <source>The flow is missing: write X or M.</source>
        <translation>Akış eksik: X veya M yazın.</translation>
    </message>
    <message>
        <source>The row is not annual (freqCode {code}); export annual figures (frequency A).</source>
        <translation>Satır yıllık değil (freqCode {code}); yıllık rakamları dışa aktarın (sıklık A).</translation>
    </message>
    <message>
        <source>a UN Comtrade value is in US dollars.</source>
        <translation>UN Comtrade değerleri ABD doları cinsindendir.</translation>
    </message>
    <message>
        <source>The row names no {role}.</source>
        <translation>Satırda {role} belirtilmemiş.</translation>
    </message>
    <message>
        <source>“{name}” is larger than {size}; a file of annual trade is smaller.</source>
        <translation>“{name}” {size} boyutundan büyük; yıllık ticaret dosyaları bundan küçüktür.</translation>
    </message>
    <message>
        <source>“{name}” is not a text file: save the figures as CSV (comma- or semicolon-separated values).</source>
        <translation>“{name}” bir metin dosyası değil: rakamları CSV olarak (virgül veya noktalı virgülle ayrılmış değerler) kaydedin.</translation>
    </message>
    <message>
        <source>This is not text: save the figures as CSV (comma- or semicolon-separated values).</source>
        <translation>Bu bir metin değil: rakamları CSV olarak (virgül veya noktalı virgülle ayrılmış değerler) kaydedin.</translation>
    </message>
    <message>
        <source>The text is longer than {size}; a file of annual trade is shorter.</source>
        <translation>Metin {size} boyutundan uzun; yıllık ticaret dosyaları bundan kısadır.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Dosya boş: başlık satırı yok.</translation>
    </message>
    <message>
        <source>More than {count} rows cannot be read; is this a file of annual trade? The first, line {line}: {message}</source>
        <translation>{count} satırdan fazlası okunamıyor; bu bir yıllık ticaret dosyası mı? İlki, satır {line}: {message}</translation>
    </message>
    <message>
        <source>The header (line {line}) has {count} columns; a file of annual trade has fewer.</source>
        <translation>Başlıkta (satır {line}) {count} sütun var; yıllık ticaret dosyalarında daha az sütun bulunur.</translation>
    </message>
    <message>
        <source>Line {line} is not a header row: it must name a year column and a value column, like “Year,Value (US$ bn)”, or be the header of a UN Comtrade export, with its year, reporter, partner, flow and value columns (refYear, reporterISO, partnerISO, flowCode, primaryValue).</source>
        <translation>Satır {line} bir başlık satırı değil: “Yıl,Değer (US$ milyar)” gibi bir yıl sütunu ve bir değer sütunu içermeli ya da yıl, raporlayan ülke, partner ülke, akış ve değer sütunlarıyla bir UN Comtrade dışa aktarımının başlığı olmalıdır (refYear, reporterISO, partnerISO, flowCode, primaryValue).</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malezya</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>ihracat</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>ithalat</translation>
    </message>
    <message>
        <source>{year} is given twice: it is already on line {line}.</source>
        <translation>{year} iki kez verilmiş: zaten {line}. satırda var.</translation>
    </message>
    <message>
        <source>{year}, reported by {reporter}: the {flow} are given twice: they are already on line {line}.</source>
        <translation>{year}, {reporter} raporu: {flow} iki kez verilmiş: zaten {line}. satırda var.</translation>
    </message>
    <message>
        <source>{year}, reported by {reporter}: the {present} are given but not the {missing}; a year&apos;s bilateral trade is exports plus imports, so the year is left out.</source>
        <translation>{year}, {reporter} raporu: {present} verilmiş, ancak {missing} yok; bir yılın ikili ticareti ihracat ile ithalatın toplamıdır, bu yüzden bu yıl dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>{year}, reported by {reporter}: exports and imports are both zero.</source>
        <translation>{year}, {reporter} raporu: ihracat da ithalat da sıfır.</translation>
    </message>
    <message>
        <source>No year could be read. Line {line}: {message}</source>
        <translation>Hiçbir yıl okunamadı. Satır {line}: {message}</translation>
    </message>
    <message>
        <source>None of the %n row(s) is Malaysia–Türkiye trade in goods: export from UN Comtrade with Malaysia and Türkiye as reporters and partners, commodity TOTAL, flows exports and imports.</source>
        <translation>%n satırın hiçbiri Malezya–Türkiye mal ticareti değil: UN Comtrade&apos;den raporlayan ülke ve partner ülke olarak Malezya ile Türkiye&apos;yi, TOTAL ürün kodunu, ihracat ve ithalat akışlarını seçerek dışa aktarın.</translation>
    </message>
    <message>
        <source>The file has a header row but no years.</source>
        <translation>Dosyada başlık satırı var, ancak hiç yıl yok.</translation>
    </message>
    <message>
        <source>%n row(s) about other countries, flows or commodities left out: they are not Malaysia–Türkiye trade in goods.</source>
        <translation>Başka ülkeler, akışlar veya ürünlerle ilgili %n satır dışarıda bırakıldı: bunlar Malezya–Türkiye mal ticareti değil.</translation>
    </message>
    <message>
        <source>A cell is too long to be a year&apos;s figure.</source>
        <translation>Bir hücre, yıllık rakam olamayacak kadar uzun.</translation>
    </message>
    <message>
        <source>The year is missing.</source>
        <translation>Yıl eksik.</translation>
    </message>
    <message>
        <source>“{text}” is not a year: write it with four digits, like 2019.</source>
        <translation>“{text}” bir yıl değil: 2019 gibi dört basamakla yazın.</translation>
    </message>
    <message>
        <source>{year} is not a year of the history: years from {first} to {last} are read (a year after the current one has no figure yet).</source>
        <translation>{year} geçmişin bir yılı değil: {first} ile {last} arasındaki yıllar okunur (içinde bulunulan yıldan sonraki bir yılın henüz rakamı yoktur).</translation>
    </message>
    <message>
        <source>{label}: no figure.</source>
        <translation>{label}: rakam yok.</translation>
    </message>
    <message>
        <source>{label}: “{text}” is not a finite number.</source>
        <translation>{label}: “{text}” sonlu bir sayı değil.</translation>
    </message>
    <message>
        <source>{label}: trade cannot be negative.</source>
        <translation>{label}: ticaret negatif olamaz.</translation>
    </message>
    <message>
        <source>{label}: {amount} billion in one year is far more than this trade; {hint}</source>
        <translation>{label}: bir yılda {amount} milyar, bu ticaretin çok üzerinde; {hint}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>The header (line {line}) has two value columns, “{first}” and “{second}”; keep one.</source>
        <translation>Başlıkta (satır {line}) iki değer sütunu var: “{first}” ve “{second}”; birini bırakın.</translation>
    </message>
    <message>
        <source>The value&apos;s heading names two currencies or two units.</source>
        <translation>Değer başlığında iki para birimi veya iki birim belirtilmiş.</translation>
    </message>
    <message>
        <source>The file does not say which currency the values are in: add a Currency column (MYR, RM, USD or US$), or write it in the value&apos;s heading, like “Value (US$ bn)”.</source>
        <translation>Dosya, değerlerin hangi para biriminde olduğunu belirtmiyor: bir Para birimi sütunu (MYR, RM, USD veya US$) ekleyin ya da para birimini değer başlığına yazın; örneğin “Değer (US$ milyar)”.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>Değer sıfırdan büyük olmalıdır.</translation>
    </message>
    <message>
        <source>values are read as billions: if they are in millions, say so in the heading, like “Value (US$ million)”.</source>
        <translation>değerler milyar olarak okunur: milyon cinsindeyse bunu başlıkta belirtin; örneğin “Değer (US$ milyon)”.</translation>
    </message>
    <message>
        <source>No currency: write MYR, RM, USD or US$.</source>
        <translation>Para birimi yok: MYR, RM, USD veya US$ yazın.</translation>
    </message>
    <message>
        <source>“{text}” is not a currency: write MYR, RM, USD or US$.</source>
        <translation>“{text}” bir para birimi değil: MYR, RM, USD veya US$ yazın.</translation>
    </message>
    <message>
        <source>The row says {row}, but the value&apos;s heading says {heading}.</source>
        <translation>Satırda {row} yazıyor, ancak değer başlığında {heading} yazıyor.</translation>
    </message>
    <message>
        <source>The row has {count} cells but the header names {width} columns: is a decimal comma splitting a value? Put such values in quotes, or separate the columns with semicolons.</source>
        <translation>Satırda {count} hücre var, ancak başlıkta {width} sütun adı var: bir değeri ondalık virgül mü bölüyor? Bu tür değerleri tırnak içine alın veya sütunları noktalı virgülle ayırın.</translation>
    </message>
    <message>
        <source>The values are in {currency}; only US$ and RM figures can be used. Convert them to one of these first.</source>
        <translation>Değerler {currency} cinsinden; yalnızca US$ ve RM rakamları kullanılabilir. Önce bunları bu iki para biriminden birine çevirin.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Malaysia&apos;s report</source>
        <translation>Malezya&apos;nın raporu</translation>
    </message>
    <message>
        <source>Türkiye&apos;s report</source>
        <translation>Türkiye&apos;nin raporu</translation>
    </message>
    <message>
        <source>Report not named</source>
        <translation>Raporlayan ülke belirtilmemiş</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>{report}
({symbol} bn)</source>
        <translation>{report}
({symbol} milyar)</translation>
    </message>
    <message>
        <source>The trend and the chance use this report.</source>
        <translation>Eğilim ve olasılık bu raporu kullanır.</translation>
    </message>
    <message>
        <source>Shown for comparison; the sums use another report.</source>
        <translation>Karşılaştırma için gösterilir; hesaplar başka bir raporu kullanır.</translation>
    </message>
    <message>
        <source>Reported as {amount}; converted at {rate} RM per US$.</source>
        <translation>{amount} olarak bildirildi; US$ başına {rate} RM ile çevrildi.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>CSV files</source>
        <translation>CSV dosyaları</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Satır {line}: {message}</translation>
    </message>
    <message>
        <source>%n row(s) of the file left out:</source>
        <translation>Dosyanın %n satırı dışarıda bırakıldı:</translation>
    </message>
    <message>
        <source>No annual history yet. Import a CSV file of yearly bilateral trade (a UN Comtrade export, or two columns: year and value with its currency) to take the trend from it and see the chance of reaching the target.</source>
        <translation>Henüz yıllık geçmiş yok. Eğilimi ondan almak ve hedefe ulaşma olasılığını görmek için yıllık ikili ticaretin CSV dosyasını (bir UN Comtrade dışa aktarımı ya da iki sütun: yıl ve para birimiyle değer) içe aktarın.</translation>
    </message>
    <message>
        <source>Annual history</source>
        <translation>Yıllık geçmiş</translation>
    </message>
    <message>
        <source>The year-by-year bilateral trade behind the trend, as you import it. The app ships no history of its own: every number here comes from your file.</source>
        <translation>Eğilimin ardındaki yıl yıl ikili ticaret, içe aktardığınız biçimiyle. Uygulama kendi geçmişini getirmez: buradaki her sayı sizin dosyanızdan gelir.</translation>
    </message>
    <message>
        <source>Import annual history…</source>
        <translation>Yıllık geçmişi içe aktar…</translation>
    </message>
    <message>
        <source>Import annual history</source>
        <translation>Yıllık geçmişi içe aktar</translation>
    </message>
    <message>
        <source>Read a CSV file of yearly bilateral trade: a UN Comtrade export, or a year column and a value column with its currency. A year imported again takes the new value.</source>
        <translation>Yıllık ikili ticaretin CSV dosyasını okur: bir UN Comtrade dışa aktarımı ya da bir yıl sütunu ve para birimiyle bir değer sütunu. Yeniden içe aktarılan bir yıl yeni değeri alır.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Geçmişi temizle</translation>
    </message>
    <message>
        <source>Removes the annual history from this scenario; the trend goes back to the base year and the latest estimate. Edit › Undo brings it back.</source>
        <translation>Yıllık geçmişi bu senaryodan kaldırır; eğilim baz yıla ve en son tahmine döner. Düzen › Geri al onu geri getirir.</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>İçe aktarma sorunu</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Dışarıda bırakılan satırlar</translation>
    </message>
    <message>
        <source>Each row of the file that could not be read, with its line number and what is wrong with it</source>
        <translation>Dosyanın okunamayan her satırı, satır numarası ve sorunun ne olduğuyla birlikte</translation>
    </message>
    <message>
        <source>Annual history by report</source>
        <translation>Rapora göre yıllık geçmiş</translation>
    </message>
    <message>
        <source>A row a year, a column for each country&apos;s report of the same trade; the report the sums use is in bold</source>
        <translation>Her yıl için bir satır, her ülkenin aynı ticarete ilişkin raporu için bir sütun; hesapların kullandığı rapor kalın yazılır</translation>
    </message>
    <message>
        <source>Sums use:</source>
        <translation>Hesaplar şunu kullanır:</translation>
    </message>
    <message>
        <source>Report the sums use</source>
        <translation>Hesapların kullandığı rapor</translation>
    </message>
    <message>
        <source>Malaysia&apos;s exports to Türkiye are Türkiye&apos;s imports from Malaysia: the two countries report the same trade differently. The trend and the chance use the report chosen here.</source>
        <translation>Malezya&apos;nın Türkiye&apos;ye ihracatı Türkiye&apos;nin Malezya&apos;dan ithalatıdır: iki ülke aynı ticareti farklı bildirir. Eğilim ve olasılık burada seçilen raporu kullanır.</translation>
    </message>
    <message>
        <source>Window from:</source>
        <translation>Aralık başı:</translation>
    </message>
    <message>
        <source>First year of the window</source>
        <translation>Aralığın ilk yılı</translation>
    </message>
    <message>
        <source>The first year the trend and the chance are taken over</source>
        <translation>Eğilim ve olasılığın hesaplandığı ilk yıl</translation>
    </message>
    <message>
        <source>Window to:</source>
        <translation>Aralık sonu:</translation>
    </message>
    <message>
        <source>Last year of the window</source>
        <translation>Aralığın son yılı</translation>
    </message>
    <message>
        <source>The last year the trend and the chance are taken over</source>
        <translation>Eğilim ve olasılığın hesaplandığı son yıl</translation>
    </message>
    <message>
        <source>Trend by:</source>
        <translation>Eğilim yöntemi:</translation>
    </message>
    <message>
        <source>Trend method</source>
        <translation>Eğilim yöntemi</translation>
    </message>
    <message>
        <source>How the observed growth is taken: from the base year to the latest estimate, as compound growth between the window&apos;s first and last years, or as a log-linear fit through every year of the window</source>
        <translation>Gözlenen büyümenin nasıl alındığı: baz yıldan en son tahmine, aralığın ilk ve son yılı arasındaki bileşik büyüme olarak ya da aralığın her yılından geçen log-doğrusal uyum olarak</translation>
    </message>
    <message>
        <source>Problem with the trend</source>
        <translation>Eğilimle ilgili sorun</translation>
    </message>
    <message>
        <source>Observed growth and its method</source>
        <translation>Gözlenen büyüme ve yöntemi</translation>
    </message>
    <message>
        <source>Ups and downs of the window</source>
        <translation>Aralıktaki iniş çıkışlar</translation>
    </message>
    <message>
        <source>Chance of reaching the target</source>
        <translation>Hedefe ulaşma olasılığı</translation>
    </message>
    <message>
        <source>Years the chance passes 50 % and 90 %</source>
        <translation>Olasılığın %50 ve %90&apos;ı aştığı yıllar</translation>
    </message>
    <message>
        <source>Why there is no chance shown</source>
        <translation>Neden olasılık gösterilmiyor</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>{percent} a year</source>
        <translation>yılda {percent}</translation>
    </message>
    <message>
        <source>None: the target is met</source>
        <translation>Yok: hedefe ulaşıldı</translation>
    </message>
    <message>
        <source>The latest estimate is already at or above the target.</source>
        <translation>En son tahmin zaten hedefte ya da hedefin üzerinde.</translation>
    </message>
    <message>
        <source>No year left</source>
        <translation>Kalan yıl yok</translation>
    </message>
    <message>
        <source>The target year {target_year} is not after the latest year {latest_year}.</source>
        <translation>Hedef yıl {target_year}, en son yıl {latest_year} sonrasında değil.</translation>
    </message>
    <message>
        <source>({target} ÷ {latest})^(1/{years}) − 1: from {latest_year} to the target by {target_year}.</source>
        <translation>({target} ÷ {latest})^(1/{years}) − 1: {latest_year} yılından {target_year} yılına kadar hedefe.</translation>
    </message>
    <message>
        <source>({target} ÷ {latest})^(1/{years}) − 1: from the {latest_year} estimate to the target by {target_year}.</source>
        <translation>({target} ÷ {latest})^(1/{years}) − 1: {latest_year} tahmininden {target_year} yılına kadar hedefe.</translation>
    </message>
    <message>
        <source>By log-linear fit over {first}–{last} ({report}): e^(slope of ln value on year) − 1.</source>
        <translation>{first}–{last} üzerinden log-doğrusal uyumla ({report}): e^(ln değerin yıla göre eğimi) − 1.</translation>
    </message>
    <message>
        <source>By compound growth over {first}–{last} ({report}): ({last} ÷ {first})^(1/{span}) − 1.</source>
        <translation>{first}–{last} üzerinden bileşik büyümeyle ({report}): ({last} ÷ {first})^(1/{span}) − 1.</translation>
    </message>
    <message>
        <source>Observed growth: {growth}, from the base year {base_year} to the {latest_year} estimate. Choose a method to take it from the history.</source>
        <translation>Gözlenen büyüme: {growth}, baz yıl {base_year} ile {latest_year} tahmini arasında. Yıllık geçmişten almak için bir yöntem seçin.</translation>
    </message>
    <message>
        <source>Observed growth: {growth}, by {method} ({first}–{last}).</source>
        <translation>Gözlenen büyüme: {growth}, yöntem: {method} ({first}–{last}).</translation>
    </message>
    <message>
        <source>Year-on-year log growth {first}–{last} ({report}): mean μ = {mean}, standard deviation σ = {deviation}, from %n growth(s).</source>
        <translation>Yıllık log büyüme {first}–{last} ({report}): ortalama μ = {mean}, standart sapma σ = {deviation}, %n büyümeden.</translation>
    </message>
    <message>
        <source>P = 1 − Φ((ln(T ÷ L) − nμ) ÷ (σ√n)), with L = {latest} ({latest_year}), T = {target}, n = {years}, μ = {mean}, σ = {deviation}.</source>
        <translation>P = 1 − Φ((ln(T ÷ L) − nμ) ÷ (σ√n)); L = {latest} ({latest_year}), T = {target}, n = {years}, μ = {mean}, σ = {deviation}.</translation>
    </message>
    <message>
        <source>The chance does not pass {level} within %n year(s) of {latest_year}.</source>
        <translation>Olasılık {latest_year} yılından sonraki %n yıl içinde {level} düzeyini aşmıyor.</translation>
    </message>
    <message>
        <source>The chance passes {level} in {year}.</source>
        <translation>Olasılık {year} yılında {level} düzeyini aşıyor.</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <source>&amp;Rate (RM per US$)</source>
        <translation>K&amp;ur (US$ başına RM)</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Döviz kuru</translation>
    </message>
    <message>
        <source>Ringgit per US dollar used to convert every figure</source>
        <translation>Tüm rakamları çevirmek için kullanılan, ABD doları başına ringgit</translation>
    </message>
    <message>
        <source>&amp;Years to target</source>
        <translation>&amp;Hedefe kalan yıl</translation>
    </message>
    <message>
        <source>Years to target</source>
        <translation>Hedefe kalan yıl</translation>
    </message>
    <message>
        <source>Years from the base year by which the target should be reached</source>
        <translation>Hedefe ulaşılması gereken süre, baz yıldan itibaren yıl olarak</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>The trade target, in billions of the currency it was announced in</source>
        <translation>Ticaret hedefi, açıklandığı para biriminde milyar olarak</translation>
    </message>
    <message>
        <source>Base-year trade</source>
        <translation>Baz yıl ticareti</translation>
    </message>
    <message>
        <source>Trade in the base year as reported, in billions; growth is measured from it</source>
        <translation>Baz yılda bildirilen ticaret, milyar olarak; büyüme bu değerden ölçülür</translation>
    </message>
    <message>
        <source>Latest trade</source>
        <translation>En son ticaret rakamı</translation>
    </message>
    <message>
        <source>The latest reported trade figure, in billions, possibly for part of a year</source>
        <translation>Bildirilen en son ticaret rakamı, milyar olarak; yılın yalnızca bir bölümüne ait olabilir</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>Kapsanan ay sayısı</translation>
    </message>
    <message>
        <source>How many months of the year the latest figure covers; it is scaled to 12</source>
        <translation>En son rakamın yılın kaç ayını kapsadığı; rakam 12 aya ölçeklenir</translation>
    </message>
    <message>
        <source>Run-rate (× 12/months)</source>
        <translation>Doğrusal yıllıklandırma (× 12/ay)</translation>
    </message>
    <message>
        <source>Same months a year earlier</source>
        <translation>Bir önceki yılın aynı ayları</translation>
    </message>
    <message>
        <source>Trailing twelve months</source>
        <translation>Son on iki ay</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Girdiler</translation>
    </message>
    <message>
        <source>{description}. Up and Down arrows step the value.</source>
        <translation>{description}. Yukarı ve Aşağı ok tuşları değeri adım adım değiştirir.</translation>
    </message>
    <message>
        <source>Default: the rate the article&apos;s own figures imply (RM{ringgit} bn = US${dollars} bn).</source>
        <translation>Varsayılan: makalenin kendi rakamlarından çıkan kur (RM{ringgit} milyar = US${dollars} milyar).</translation>
    </message>
    <message>
        <source>Show amounts in</source>
        <translation>Tutar birimi</translation>
    </message>
    <message>
        <source>Currency of every amount in the summary, the chart and the tables</source>
        <translation>Özet, grafik ve tablolardaki tüm tutarların para birimi</translation>
    </message>
    <message>
        <source>Show amounts &amp;in</source>
        <translation>&amp;Tutar birimi</translation>
    </message>
    <message>
        <source>&amp;Whole-year estimate</source>
        <translation>Tam yıl tahm&amp;in yöntemi</translation>
    </message>
    <message>
        <source>Whole-year estimate</source>
        <translation>Tam yıl tahmin yöntemi</translation>
    </message>
    <message>
        <source>How the latest part-year figure is made a full year: run-rate, growth over the same months a year earlier, or the trailing twelve months</source>
        <translation>Yılın bir bölümüne ait en son rakamın tam yıla nasıl çevrildiği: doğrusal yıllıklandırma (run-rate), bir önceki yılın aynı aylarına göre büyüme veya son on iki ay</translation>
    </message>
    <message>
        <source>S&amp;ource figures (advanced)</source>
        <translation>&amp;Kaynak rakamlar (gelişmiş)</translation>
    </message>
    <message>
        <source>Source figures (advanced)</source>
        <translation>Kaynak rakamlar (gelişmiş)</translation>
    </message>
    <message>
        <source>Shows or hides the base-year and latest trade figures the growth is worked out from</source>
        <translation>Büyümenin hesaplandığı baz yıl ve en son ticaret rakamlarını gösterir veya gizler</translation>
    </message>
    <message>
        <source>Reset to the &amp;article&apos;s figures</source>
        <translation>Makaledeki rakamlara sı&amp;fırla</translation>
    </message>
    <message>
        <source>Reset to the article&apos;s figures</source>
        <translation>Makaledeki rakamlara sıfırla</translation>
    </message>
    <message>
        <source>Puts every input back to the figures in the source article (Undo brings yours back)</source>
        <translation>Tüm girdileri kaynak makaledeki rakamlara döndürür (Geri Al sizin değerlerinizi geri getirir)</translation>
    </message>
    <message>
        <source>&amp;Target ({symbol} bn)</source>
        <translation>H&amp;edef ({symbol} milyar)</translation>
    </message>
    <message>
        <source>{figure} ({symbol} &amp;bn, reported)</source>
        <translation>{figure} ({symbol} &amp;milyar, bildirilen)</translation>
    </message>
    <message>
        <source>{figure} ({symbol} bn, re&amp;ported)</source>
        <translation>{figure} ({symbol} milyar, &amp;bildirilen)</translation>
    </message>
    <message>
        <source>Months &amp;covered by the {year} figure</source>
        <translation>{year} rakamının ka&amp;psadığı ay sayısı</translation>
    </message>
    <message>
        <source>Target year {target_year}. An assumption: the source states no deadline ({min}–{max} years from {base_year}).</source>
        <translation>Hedef yıl: {target_year}. Bu bir varsayımdır: kaynakta bir son tarih belirtilmemiştir ({base_year} yılından itibaren {min}–{max} yıl).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;System language ({language})</source>
        <translation>&amp;Sistem dili ({language})</translation>
    </message>
    <message>
        <source>{language} is not available: this installation has no compiled translations for it. Reinstall Trade Target to get them.</source>
        <translation>{language} kullanılamıyor: bu kurulumda bu dil için derlenmiş çeviri bulunmuyor. Çevirileri edinmek için Trade Target uygulamasını yeniden kurun.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Base-year trade</source>
        <translation>Baz yıl ticareti</translation>
    </message>
    <message>
        <source>Latest trade</source>
        <translation>En son ticaret rakamı</translation>
    </message>
    <message>
        <source>{label}: {amount} billion is too small to compute with; enter at least {least} billion, and check the decimal mark.</source>
        <translation>{label}: {amount} milyar hesaplanamayacak kadar küçük; en az {least} milyar girin ve ondalık işaretini kontrol edin.</translation>
    </message>
    <message>
        <source>Exchange rate: at {rate} RM per US$ the figures are too far apart to compute the growth; check the rate and its decimal mark.</source>
        <translation>Döviz kuru: US$ başına {rate} RM kurunda rakamlar, büyümeyi hesaplamak için birbirinden çok uzak; kuru ve ondalık işaretini kontrol edin.</translation>
    </message>
    <message>
        <source>Years to target: over %n year(s) the trend at the observed growth goes too far to compute; choose fewer years or check the figures.</source>
        <translation>Hedefe kalan yıl: %n yıl boyunca gözlenen büyümedeki eğilim hesaplanamayacak kadar büyüyor; daha az yıl seçin veya rakamları kontrol edin.</translation>
    </message>
    <message>
        <source>Whole-year estimate: this estimate and the other figures are too far apart to compute the growth; check the monthly figures or choose another estimate.</source>
        <translation>Tam yıl tahmin yöntemi: bu tahmin ile diğer rakamlar, büyümeyi hesaplamak için birbirinden çok uzak; aylık rakamları kontrol edin veya başka bir tahmin seçin.</translation>
    </message>
    <message>
        <source>{label}: {amount} billion and the other figures are too far apart to compute the growth; check the figures and the decimal mark.</source>
        <translation>{label}: {amount} milyar ile diğer rakamlar, büyümeyi hesaplamak için birbirinden çok uzak; rakamları ve ondalık işaretini kontrol edin.</translation>
    </message>
    <message>
        <source>A figure is not a finite number; nothing was written.</source>
        <translation>Bir rakam sonlu bir sayı değil; hiçbir şey yazılmadı.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Amounts in {symbol} ({code})</source>
        <translation>{symbol} ({code}) cinsinden tutarlar</translation>
    </message>
    <message>
        <source>Source: {kind} of {date}; trade figures from {source}.</source>
        <translation>Kaynak: {date} tarihli {kind}; ticaret rakamları: {source}.</translation>
    </message>
    <message>
        <source>Year by year</source>
        <translation>Yıl yıl</translation>
    </message>
    <message>
        <source>The chart&apos;s content as a table: for each year the required path and the path at the observed trend. Ctrl+C copies the selected cells.</source>
        <translation>Grafiğin içeriği tablo olarak: her yıl için gerekli seyir ve gözlenen eğilimle seyir. Ctrl+C seçili hücreleri kopyalar.</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>Senaryoları karşılaştır</translation>
    </message>
    <message>
        <source>Every scenario side by side: inputs, required growth and progress</source>
        <translation>Tüm senaryolar yan yana: girdiler, gerekli büyüme ve ilerleme</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <source>The trade figures the scenario starts from, with their sources. Typing in a cell edits it.</source>
        <translation>Senaryonun dayandığı ticaret rakamları ve kaynakları. Bir hücreye yazarak değerini düzenleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablolar</translation>
    </message>
    <message>
        <source>The year-by-year table of the chart, the scenario comparison and the figures. Ctrl+Tab moves to the next table.</source>
        <translation>Grafiğin yıl yıl tablosu, senaryo karşılaştırması ve rakamlar. Ctrl+Tab sonraki tabloya geçer.</translation>
    </message>
    <message>
        <source>Choose a table with the Left and Right arrows</source>
        <translation>Sol ve Sağ ok tuşlarıyla bir tablo seçin</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Çöz</translation>
    </message>
    <message>
        <source>Given three of base, target, years and growth, the fourth: the growth needed, the years needed, the target reachable or the base needed</source>
        <translation>Baz, hedef, yıl sayısı ve büyümeden üçü verildiğinde dördüncüsü: gereken büyüme, gereken yıl sayısı, ulaşılabilecek hedef veya gereken baz değer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>The annual trade behind the trend, as you import it: the trend over a window of years and the chance of reaching the target</source>
        <translation>Eğilimin ardındaki yıllık ticaret, içe aktardığınız biçimiyle: bir yıl aralığı üzerinden eğilim ve hedefe ulaşma olasılığı</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Seyir</translation>
    </message>
    <message>
        <source>The required path against the observed trend, by year</source>
        <translation>Yıllara göre gerekli seyir ve gözlenen eğilim</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Döviz kuru</translation>
    </message>
    <message>
        <source>Required and observed growth across a range of exchange rates</source>
        <translation>Farklı döviz kurlarında gerekli ve gözlenen büyüme</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Aylık</translation>
    </message>
    <message>
        <source>Imported monthly figures against the cumulative required pace</source>
        <translation>Kümülatif gerekli tempo karşısında içe aktarılan aylık rakamlar</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <source>The trajectory chart, the exchange-rate sensitivity and the monthly figures. Ctrl+Tab moves to the next chart.</source>
        <translation>Seyir grafiği, döviz kuru duyarlılığı ve aylık rakamlar. Ctrl+Tab sonraki grafiğe geçer.</translation>
    </message>
    <message>
        <source>Choose a chart with the Left and Right arrows</source>
        <translation>Sol ve Sağ ok tuşlarıyla bir grafik seçin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son Kullanılanlar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Farklı Kaydet…</translation>
    </message>
    <message>
        <source>&amp;Import annual history…</source>
        <translation>Yıllık geçmişi &amp;içe aktar…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>&amp;Grafiği dışa aktar…</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>&amp;Tabloyu dışa aktar…</translation>
    </message>
    <message>
        <source>Export &amp;brief (PDF)…</source>
        <translation>&amp;Bilgi notunu dışa aktar (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>Bilgi notunu ya&amp;zdır…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>Reset to the &amp;article&apos;s figures</source>
        <translation>&amp;Makaledeki rakamlara sıfırla</translation>
    </message>
    <message>
        <source>Add a &amp;figure…</source>
        <translation>&amp;Rakam ekle…</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Senaryo</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Yeni senaryo</translation>
    </message>
    <message>
        <source>&amp;Duplicate scenario</source>
        <translation>Senaryoyu ç&amp;oğalt</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>Senaryoyu yeniden &amp;adlandır…</translation>
    </message>
    <message>
        <source>De&amp;lete scenario</source>
        <translation>Senaryoyu &amp;sil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About Trade Target</source>
        <translation>Trade Target &amp;hakkında</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Geri Al: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Yinele: {action}</translation>
    </message>
    <message>
        <source>{name}[*] — {app}</source>
        <translation>{name}[*] — {app}</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Listeyi temizle</translation>
    </message>
    <message>
        <source>Add a fi&amp;gure…</source>
        <translation>&amp;Rakam ekle…</translation>
    </message>
    <message>
        <source>Add a newer trade figure, such as the full-year total once it is published</source>
        <translation>Daha yeni bir ticaret rakamı ekleyin; örneğin yayımlandığında tam yıl toplamı</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Rakam ekle</translation>
    </message>
    <message>
        <source>Remove fig&amp;ure</source>
        <translation>Rakam&amp;ı kaldır</translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>Rakamı kaldır</translation>
    </message>
    <message>
        <source>Removes the chosen figure; the base-year and target figures cannot be removed</source>
        <translation>Seçili rakamı kaldırır; baz yıl ve hedef rakamları kaldırılamaz</translation>
    </message>
    <message>
        <source>Is the US$10 billion Malaysia–Türkiye trade target reachable, and what growth does it take?</source>
        <translation>US$10 milyarlık Malezya–Türkiye ticaret hedefine ulaşılabilir mi, bunun için ne kadar büyüme gerekir?</translation>
    </message>
    <message>
        <source>Source: {citation} Trade figures attributed to {source}.</source>
        <translation>Kaynak: {citation} Ticaret rakamlarının kaynağı: {source}.</translation>
    </message>
    <message>
        <source>The quotes are in the original English.</source>
        <translation>Alıntılar özgün İngilizce hâliyle verilmiştir.</translation>
    </message>
    <message>
        <source>Derived values (the other currency, the run-rate estimate, every growth figure) are computed here from the exchange rate and years you set.</source>
        <translation>Türetilmiş değerler, yani diğer para birimindeki tutarlar, doğrusal yıllıklandırma tahmini ve tüm büyüme rakamları, burada belirlediğiniz döviz kuru ve yıllardan hesaplanır.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} hakkında</translation>
    </message>
</context>
<context>
    <name>Monthly</name>
    <message>
        <source>“{name}” is larger than {size}; a file of monthly figures is smaller.</source>
        <translation>“{name}” {size} boyutundan büyük; aylık rakam dosyaları bundan küçüktür.</translation>
    </message>
    <message>
        <source>“{name}” is not a text file: save the figures as CSV (comma- or semicolon-separated values).</source>
        <translation>“{name}” bir metin dosyası değil: rakamları CSV olarak (virgül veya noktalı virgülle ayrılmış değerler) kaydedin.</translation>
    </message>
    <message>
        <source>This is not text: save the figures as CSV (comma- or semicolon-separated values).</source>
        <translation>Bu bir metin değil: rakamları CSV olarak (virgül veya noktalı virgülle ayrılmış değerler) kaydedin.</translation>
    </message>
    <message>
        <source>The text is longer than {size}; monthly figures are shorter.</source>
        <translation>Metin {size} boyutundan uzun; aylık rakamlar bundan kısadır.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Dosya boş: başlık satırı yok.</translation>
    </message>
    <message>
        <source>More than {count} rows cannot be read; is this a file of monthly figures? The first, line {line}: {message}</source>
        <translation>{count} satırdan fazlası okunamıyor; bu bir aylık rakam dosyası mı? İlki, satır {line}: {message}</translation>
    </message>
    <message>
        <source>The file has a header row but no months.</source>
        <translation>Dosyada başlık satırı var, ancak hiç ay yok.</translation>
    </message>
    <message>
        <source>No month could be read. Line {line}: {message}</source>
        <translation>Hiçbir ay okunamadı. Satır {line}: {message}</translation>
    </message>
    <message>
        <source>{month} is given twice: it is already on line {line}.</source>
        <translation>{month} iki kez verilmiş: zaten {line}. satırda var.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>bin</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>milyon</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>milyar</translation>
    </message>
    <message>
        <source>The month is missing.</source>
        <translation>Ay eksik.</translation>
    </message>
    <message>
        <source>“{text}”: the year must be from {first} to {last}.</source>
        <translation>“{text}”: yıl {first} ile {last} arasında olmalıdır.</translation>
    </message>
    <message>
        <source>“{text}” is not a month: write it like 2025-01, 01/2025, 2025M01 or Jan 2025.</source>
        <translation>“{text}” bir ay değil: 2025-01, 01/2025, 2025M01 veya Oca 2025 biçiminde yazın.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Oca</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Şub</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Nis</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Haz</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Tem</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Ağu</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Eyl</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Eki</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{first}–{last} {year}</source>
        <translation>{first}–{last} {year}</translation>
    </message>
    <message>
        <source>{symbol}{amount} bn</source>
        <translation>{symbol}{amount} milyar</translation>
    </message>
    <message>
        <source>{year}: no year-to-date total, as {month} is missing.</source>
        <translation>{year}: {month} eksik olduğundan yılbaşından bu yana toplam yok.</translation>
    </message>
    <message>
        <source>{span}: {amount}; the required path has no value for {year}.</source>
        <translation>{span}: {amount}; gerekli seyirde {year} için bir değer yok.</translation>
    </message>
    <message>
        <source>{span}: {amount}, on the required pace ({pace}).</source>
        <translation>{span}: {amount}; gerekli tempoda ({pace}).</translation>
    </message>
    <message>
        <source>{span}: {amount}, {percent} % behind the required pace ({pace}).</source>
        <translation>{span}: {amount}; gerekli temponun ({pace}) %{percent} gerisinde.</translation>
    </message>
    <message>
        <source>{span}: {amount}, {percent} % ahead of the required pace ({pace}).</source>
        <translation>{span}: {amount}; gerekli temponun ({pace}) %{percent} önünde.</translation>
    </message>
    <message>
        <source>{month} is missing, so the later months are not in the total.</source>
        <translation>{month} eksik; bu nedenle sonraki aylar toplama dahil değil.</translation>
    </message>
    <message>
        <source>A cell is too long to be a month&apos;s figure.</source>
        <translation>Bir hücre, aylık rakam olamayacak kadar uzun.</translation>
    </message>
    <message>
        <source>The header (line {line}) has {count} columns; a file of monthly figures has a few.</source>
        <translation>Başlıkta (satır {line}) {count} sütun var; aylık rakam dosyalarında yalnızca birkaç sütun bulunur.</translation>
    </message>
    <message>
        <source>Line {line} is not a header row: it must name a month column (like Month or Period) and a value column (like Value or Total trade), separated by commas or semicolons.</source>
        <translation>Satır {line} bir başlık satırı değil: virgül veya noktalı virgülle ayrılmış olarak bir ay sütunu (Ay veya Dönem gibi) ve bir değer sütunu (Değer veya Toplam ticaret gibi) içermelidir.</translation>
    </message>
    <message>
        <source>The header (line {line}) has two {role} columns, “{first}” and “{second}”; keep one.</source>
        <translation>Başlıkta (satır {line}) iki {role} sütunu var: “{first}” ve “{second}”; birini bırakın.</translation>
    </message>
    <message>
        <source>The exports and imports headings state different currencies or units.</source>
        <translation>İhracat ve ithalat başlıkları farklı para birimleri veya birimler belirtiyor.</translation>
    </message>
    <message>
        <source>The value&apos;s heading names two currencies or two units.</source>
        <translation>Değer başlığında iki para birimi veya iki birim belirtilmiş.</translation>
    </message>
    <message>
        <source>The file does not say which currency the values are in: add a Currency column (MYR, RM, USD or US$), or write it in the value&apos;s heading, like “Value (RM billion)”.</source>
        <translation>Dosya, değerlerin hangi para biriminde olduğunu belirtmiyor: bir Para birimi sütunu (MYR, RM, USD veya US$) ekleyin ya da para birimini değer başlığına yazın; örneğin “Değer (RM milyar)”.</translation>
    </message>
    <message>
        <source>The row has {count} cells but the header names {width} columns: is a decimal comma splitting a value? Put such values in quotes, or separate the columns with semicolons.</source>
        <translation>Satırda {count} hücre var, ancak başlıkta {width} sütun adı var: bir değeri ondalık virgül mü bölüyor? Bu tür değerleri tırnak içine alın veya sütunları noktalı virgülle ayırın.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>Değer sıfırdan büyük olmalıdır.</translation>
    </message>
    <message>
        <source>Two currencies are named for this row: {names}.</source>
        <translation>Bu satır için iki para birimi belirtilmiş: {names}.</translation>
    </message>
    <message>
        <source>Two units are named for this row: {names}.</source>
        <translation>Bu satır için iki birim belirtilmiş: {names}.</translation>
    </message>
    <message>
        <source>No currency: write MYR, RM, USD or US$.</source>
        <translation>Para birimi yok: MYR, RM, USD veya US$ yazın.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>İhracat</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>İthalat</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>year</source>
        <translation>yıl</translation>
    </message>
    <message>
        <source>value</source>
        <translation>değer</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>ihracat</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>ithalat</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>para birimi</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>The values are in {currency}; only US$ and RM figures can be used. Convert them to one of these first.</source>
        <translation>Değerler {currency} cinsinden; yalnızca US$ ve RM rakamları kullanılabilir. Önce bunları bu iki para biriminden birine çevirin.</translation>
    </message>
    <message>
        <source>“{text}” is not a currency or unit: write MYR, RM, USD or US$, and if the values are not in billions, million or thousand.</source>
        <translation>“{text}” bir para birimi veya birim değil: MYR, RM, USD veya US$ yazın; değerler milyar cinsinden değilse milyon veya bin ekleyin.</translation>
    </message>
    <message>
        <source>{label}: no figure.</source>
        <translation>{label}: rakam yok.</translation>
    </message>
    <message>
        <source>{label}: in {unit}, “{text}” could mean thousands or decimals; write it without a thousands separator.</source>
        <translation>{label}: {unit} cinsinden “{text}” binlik ya da ondalık anlamına gelebilir; sayıyı binlik ayırıcı kullanmadan yazın.</translation>
    </message>
    <message>
        <source>{label}: trade cannot be negative.</source>
        <translation>{label}: ticaret negatif olamaz.</translation>
    </message>
    <message>
        <source>{label}: {amount} billion in one month is far more than this trade; if the values are in millions, say so in a Unit column or in the heading, like “Value (RM million)”.</source>
        <translation>{label}: bir ayda {amount} milyar, bu ticaretin çok üzerinde; değerler milyon cinsindeyse bunu bir Birim sütununda veya başlıkta belirtin; örneğin “Değer (RM milyon)”.</translation>
    </message>
    <message>
        <source>{month} has not happened yet (today is {today}); it can have no figure.</source>
        <translation>{month} henüz gelmedi (bugün {today}); bu ay için bir rakam olamaz.</translation>
    </message>
    <message>
        <source>{where}: a monthly figure is given for {month}, which has not happened yet (today is {today}).</source>
        <translation>{where}: henüz gelmemiş olan {month} için aylık bir rakam verilmiş (bugün {today}).</translation>
    </message>
</context>
<context>
    <name>MonthlyPanel</name>
    <message>
        <source>CSV files</source>
        <translation>CSV dosyaları</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Import monthly figures</source>
        <translation>Aylık rakamları içe aktar</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Satır {line}: {message}</translation>
    </message>
    <message>
        <source>%n row(s) of the file left out:</source>
        <translation>Dosyanın %n satırı dışarıda bırakıldı:</translation>
    </message>
    <message>
        <source>Import monthly figures…</source>
        <translation>Aylık rakamları içe aktar…</translation>
    </message>
    <message>
        <source>Read a CSV file of monthly trade figures: a month column, a value column and the currency.</source>
        <translation>Aylık ticaret rakamlarını içeren bir CSV dosyasını okur: bir ay sütunu, bir değer sütunu ve para birimi.</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Yıl:</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>Gösterilen yıl</translation>
    </message>
    <message>
        <source>The year of monthly figures the chart shows</source>
        <translation>Grafiğin aylık rakamlarını gösterdiği yıl</translation>
    </message>
    <message>
        <source>Monthly trade chart</source>
        <translation>Aylık ticaret grafiği</translation>
    </message>
    <message>
        <source>Bars: each month&apos;s trade. Solid line: the total from January. Dashed line: the required pace, the year&apos;s required value × months/12. The sentence below the chart gives the latest month&apos;s numbers.</source>
        <translation>Çubuklar: her ayın ticareti. Düz çizgi: Ocak’tan itibaren toplam. Kesikli çizgi: gerekli tempo, yani yılın gerekli değeri × ay/12. Grafiğin altındaki cümle, en son ayın rakamlarını verir.</translation>
    </message>
    <message>
        <source>Year to date against the pace</source>
        <translation>Yılbaşından bu yana, gerekli tempoya göre</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>İçe aktarma sorunu</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Dışarıda bırakılan satırlar</translation>
    </message>
    <message>
        <source>Each row of the file that could not be read, with its line number and what is wrong with it</source>
        <translation>Dosyanın okunamayan her satırı, satır numarası ve sorunun ne olduğuyla birlikte</translation>
    </message>
    <message>
        <source>Month&apos;s trade</source>
        <translation>Ayın ticareti</translation>
    </message>
    <message>
        <source>Total from January</source>
        <translation>Ocak’tan itibaren toplam</translation>
    </message>
    <message>
        <source>Required pace</source>
        <translation>Gerekli tempo</translation>
    </message>
    <message>
        <source>Bilateral trade ({symbol} billion)</source>
        <translation>İkili ticaret ({symbol} milyar)</translation>
    </message>
    <message>
        <source>No monthly figures yet: import the statistics office&apos;s monthly release as a CSV file.</source>
        <translation>Henüz aylık rakam yok: istatistik kurumunun aylık bültenini CSV dosyası olarak içe aktarın.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{label}: enter a number.</source>
        <translation>{label}: bir sayı girin.</translation>
    </message>
    <message>
        <source>{label}: “{text}” has more than one decimal mark; type the number without thousands separators.</source>
        <translation>{label}: “{text}” birden fazla ondalık işareti içeriyor; sayıyı binlik ayırıcı kullanmadan yazın.</translation>
    </message>
    <message>
        <source>{label}: “{text}” is not a number.</source>
        <translation>{label}: “{text}” bir sayı değil.</translation>
    </message>
    <message>
        <source>{label}: enter a finite number.</source>
        <translation>{label}: sonlu bir sayı girin.</translation>
    </message>
    <message>
        <source>{label}: enter a whole number (no fraction).</source>
        <translation>{label}: bir tam sayı girin (kesirsiz).</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>&amp;Figure</source>
        <translation>&amp;Rakam</translation>
    </message>
    <message>
        <source>e.g. Bilateral trade, 2025</source>
        <translation>ör. İkili ticaret, 2025</translation>
    </message>
    <message>
        <source>The figure&apos;s name, as it will appear in the table</source>
        <translation>Rakamın tabloda görünecek adı</translation>
    </message>
    <message>
        <source>&amp;Value (billion)</source>
        <translation>&amp;Tutar (milyar)</translation>
    </message>
    <message>
        <source>e.g. 5.6</source>
        <translation>ör. 5,6</translation>
    </message>
    <message>
        <source>The amount, in billions</source>
        <translation>Tutar, milyar olarak</translation>
    </message>
    <message>
        <source>Reported &amp;currency</source>
        <translation>Bildirilen &amp;para birimi</translation>
    </message>
    <message>
        <source>The currency the source reported the amount in</source>
        <translation>Kaynağın tutarı bildirdiği para birimi</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Yıl</translation>
    </message>
    <message>
        <source>e.g. 2025</source>
        <translation>ör. 2025</translation>
    </message>
    <message>
        <source>The calendar year the figure covers</source>
        <translation>Rakamın kapsadığı takvim yılı</translation>
    </message>
    <message>
        <source>&amp;Months covered</source>
        <translation>&amp;Kapsanan ay sayısı</translation>
    </message>
    <message>
        <source>12 for a full year</source>
        <translation>Tam yıl için 12</translation>
    </message>
    <message>
        <source>How many months of that year the figure covers; 12 for a full year</source>
        <translation>Rakamın o yılın kaç ayını kapsadığı; tam yıl için 12</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Dönem</translation>
    </message>
    <message>
        <source>e.g. Calendar 2025 (full year)</source>
        <translation>ör. 2025 takvim yılı (tam yıl)</translation>
    </message>
    <message>
        <source>The period in words, as the source gives it</source>
        <translation>Dönemin kaynakta verildiği şekliyle yazılışı</translation>
    </message>
    <message>
        <source>Source &amp;note</source>
        <translation>Kaynak &amp;notu</translation>
    </message>
    <message>
        <source>Where the figure comes from</source>
        <translation>Rakamın nereden alındığı</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Rakam ekle</translation>
    </message>
    <message>
        <source>Billions, in the currency the source reports. The newest figure after the base year becomes the one the sums use.</source>
        <translation>Kaynağın bildirdiği para biriminde, milyar olarak. Baz yıldan sonraki en yeni rakam, hesaplamalarda kullanılan rakam olur.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>Kapsanan ay sayısı</translation>
    </message>
</context>
<context>
    <name>Outlook</name>
    <message>
        <source>The chance of reaching the target needs at least {needed} year-on-year growths (that is {years} consecutive years) in the window; it has {count}.</source>
        <translation>Hedefe ulaşma olasılığı için yıl aralığında en az {needed} yıllık büyüme (yani art arda {years} yıl) gerekir; aralıkta {count} tane var.</translation>
    </message>
    <message>
        <source>under {percent}</source>
        <translation>{percent} altında</translation>
    </message>
    <message>
        <source>over {percent}</source>
        <translation>{percent} üzerinde</translation>
    </message>
    <message>
        <source>At the {first}–{last} volatility, the chance of reaching {target} by {year} is {chance}.</source>
        <translation>{first}–{last} oynaklığıyla, {year} yılına kadar {target} düzeyine ulaşma olasılığı {chance}.</translation>
    </message>
</context>
<context>
    <name>OutputPaths</name>
    <message>
        <source>Could not save “{name}”: it is the file given to {input}, which would be overwritten; choose another name for {output}.</source>
        <translation>“{name}” kaydedilemedi: bu, {input} seçeneğine verilen dosya ve üzerine yazılırdı; {output} için başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Could not save “{name}”: {first} and {second} name the same file; choose two names.</source>
        <translation>“{name}” kaydedilemedi: {first} ve {second} aynı dosyayı gösteriyor; iki ayrı ad seçin.</translation>
    </message>
</context>
<context>
    <name>Plot</name>
    <message>
        <source>Trade trajectory chart</source>
        <translation>Ticaret seyri grafiği</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Required path</source>
        <translation>Gerekli seyir</translation>
    </message>
    <message>
        <source>At observed trend</source>
        <translation>Gözlenen eğilimle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Bildirilen</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Tahmin</translation>
    </message>
    <message>
        <source>Point at the chart to read a year&apos;s values.</source>
        <translation>Bir yılın değerlerini görmek için imleci grafiğin üzerine getirin.</translation>
    </message>
    <message>
        <source>Target {amount}</source>
        <translation>Hedef {amount}</translation>
    </message>
    <message>
        <source>{year} estimate</source>
        <translation>{year} tahmini</translation>
    </message>
    <message>
        <source>{year} estimate ({method})</source>
        <translation>{year} tahmini ({method})</translation>
    </message>
    <message>
        <source>{year} reported</source>
        <translation>{year} (bildirilen)</translation>
    </message>
    <message>
        <source>Required path — {name}</source>
        <translation>Gerekli seyir — {name}</translation>
    </message>
    <message>
        <source>Showing {shown} of %n other ticked scenario(s), the first in the list</source>
        <translation>İşaretli %n diğer senaryodan listedeki ilk {shown} senaryo gösteriliyor</translation>
    </message>
    <message>
        <source>{name} — required path</source>
        <translation>{name} — gerekli seyir</translation>
    </message>
    <message>
        <source>Bilateral trade ({symbol} billion)</source>
        <translation>İkili ticaret ({symbol} milyar)</translation>
    </message>
    <message>
        <source>{symbol} billion</source>
        <translation>{symbol} milyar</translation>
    </message>
    <message>
        <source>Chart of the required path to the target, the path at the observed trend, the catch-up path from the latest figure, the target line and the reported figures, with the annual history and the chance bands when a history is imported. The same values are in the Year by year table below the chart.</source>
        <translation>Hedefe giden gerekli seyrin, gözlenen eğilimle seyrin, en son rakamdan telafi seyrinin, hedef çizgisinin ve bildirilen rakamların grafiği; bir geçmiş içe aktarıldığında yıllık geçmiş ve olasılık bantlarıyla. Aynı değerler grafiğin altındaki Yıl yıl tablosundadır.</translation>
    </message>
    <message>
        <source>required {required} · at observed trend {trend}</source>
        <translation>gerekli {required} · gözlenen eğilimle {trend}</translation>
    </message>
    <message>
        <source>{name}: {amount}</source>
        <translation>{name}: {amount}</translation>
    </message>
    <message>
        <source>{year}: {values}</source>
        <translation>{year}: {values}</translation>
    </message>
    <message>
        <source>history {amount}</source>
        <translation>geçmiş {amount}</translation>
    </message>
    <message>
        <source>catch-up {amount}</source>
        <translation>telafi {amount}</translation>
    </message>
    <message>
        <source>{band} band {low}–{high}</source>
        <translation>{band} bandı {low}–{high}</translation>
    </message>
    <message>
        <source>{rate} a year</source>
        <translation>yılda {rate}</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Ayrıntıları Göster...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ayrıntıları Gizle...</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Exchange rate</source>
        <translation>Döviz kuru</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Base-year trade</source>
        <translation>Baz yıl ticareti</translation>
    </message>
    <message>
        <source>Latest trade</source>
        <translation>En son ticaret rakamı</translation>
    </message>
    <message>
        <source>Unknown input “{field}”.</source>
        <translation>Bilinmeyen girdi: “{field}”.</translation>
    </message>
    <message>
        <source>Exchange rate: {rate} RM per US$ is far outside any real rate (at most {most}); check the decimal mark.</source>
        <translation>Döviz kuru: US$ başına {rate} RM, gerçekçi herhangi bir kurun çok dışında (en fazla {most}); ondalık işaretini kontrol edin.</translation>
    </message>
    <message>
        <source>Years to target: enter whole years from {low} to {high}.</source>
        <translation>Hedefe kalan yıl: {low} ile {high} arasında tam yıl girin.</translation>
    </message>
    <message>
        <source>Months covered: enter a whole number from {low} to {high}.</source>
        <translation>Kapsanan ay sayısı: {low} ile {high} arasında bir tam sayı girin.</translation>
    </message>
    <message>
        <source>{label}: enter a finite number.</source>
        <translation>{label}: sonlu bir sayı girin.</translation>
    </message>
    <message>
        <source>{label}: must be greater than zero.</source>
        <translation>{label}: sıfırdan büyük olmalıdır.</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <source>{name}: {rate} RM per US$, %n year(s) to target. Tick to show it on the chart; double-click to rename.</source>
        <translation>{name}: US$ başına {rate} RM, hedefe kalan süre %n yıl. Grafikte göstermek için işaretleyin; yeniden adlandırmak için çift tıklayın.</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>&amp;New</source>
        <translation>Ye&amp;ni</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Yeni senaryo</translation>
    </message>
    <message>
        <source>A new scenario on the article&apos;s figures</source>
        <translation>Makaledeki rakamlara dayanan yeni bir senaryo</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>Ç&amp;oğalt</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Senaryoyu çoğalt</translation>
    </message>
    <message>
        <source>A copy of the chosen scenario, to vary one assumption</source>
        <translation>Seçili senaryonun bir kopyası; tek bir varsayımı değiştirmek için</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Yeniden &amp;adlandır…</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Senaryoyu yeniden adlandır</translation>
    </message>
    <message>
        <source>Edit the chosen scenario&apos;s name in the list</source>
        <translation>Seçili senaryonun adını listede düzenleyin</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Si&amp;l</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Senaryoyu sil</translation>
    </message>
    <message>
        <source>Delete the chosen scenario (Edit › Undo brings it back)</source>
        <translation>Seçili senaryoyu silin (Düzen › Geri Al onu geri getirir)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Senaryolar</translation>
    </message>
    <message>
        <source>The scenario you choose here is the one the inputs edit. Ticked scenarios are drawn on the chart.</source>
        <translation>Girdiler, burada seçtiğiniz senaryoyu düzenler. İşaretli senaryolar grafikte çizilir.</translation>
    </message>
    <message>
        <source>The chosen scenario is the one the inputs edit; ticked scenarios are drawn on the chart. Space ticks or unticks, F2 renames.</source>
        <translation>Girdiler seçili senaryoyu düzenler; işaretli senaryolar grafikte çizilir. Boşluk tuşu işareti koyar veya kaldırır, F2 yeniden adlandırır.</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>Rate (RM per US$)</source>
        <translation>Kur (US$ başına RM)</translation>
    </message>
    <message>
        <source>Required growth</source>
        <translation>Gerekli büyüme</translation>
    </message>
    <message>
        <source>Observed growth</source>
        <translation>Gözlenen büyüme</translation>
    </message>
    <message>
        <source>Gap (percentage points)</source>
        <translation>Fark (yüzde puan)</translation>
    </message>
    <message>
        <source>Break-even rate: none from {low} to {high} RM per US$ (observed growth does not equal the required growth there).</source>
        <translation>Başa baş kur: US$ başına {low} ile {high} RM arasında yok (bu aralıkta gözlenen büyüme gerekli büyümeye eşit olmuyor).</translation>
    </message>
    <message>
        <source>Break-even rate: {rate} RM per US$ (observed growth equals the required growth).</source>
        <translation>Başa baş kur: US$ başına {rate} RM (gözlenen büyüme gerekli büyümeye eşittir).</translation>
    </message>
    <message>
        <source>Growth a year at each exchange rate; target by {year} ({years} years, an assumption); observed growth from the {latest} run-rate estimate ({months} of 12 months).</source>
        <translation>Her döviz kurunda yıllık büyüme; hedef {year} yılına kadar ({years} yıl, bir varsayım); gözlenen büyüme, {latest} doğrusal yıllıklandırma tahmininden (12 ayın {months} ayı).</translation>
    </message>
    <message>
        <source>Required growth does not depend on the rate: the base and the target are both in {symbol}.</source>
        <translation>Gerekli büyüme kura bağlı değildir: baz değer de hedef de {symbol} cinsindendir.</translation>
    </message>
    <message>
        <source>Article&apos;s implied rate</source>
        <translation>Makaleden çıkan kur</translation>
    </message>
    <message>
        <source>Comparison rate</source>
        <translation>Karşılaştırma kuru</translation>
    </message>
    <message>
        <source>Rate of the {year} figures</source>
        <translation>{year} rakamlarının kuru</translation>
    </message>
    <message>
        <source>Range: the lowest rate must be greater than zero.</source>
        <translation>Aralık: en düşük kur sıfırdan büyük olmalıdır.</translation>
    </message>
    <message>
        <source>Range: the lowest rate, {rate} RM per US$, is far outside any real rate (at most {most}); check the decimal mark.</source>
        <translation>Aralık: en düşük kur olan US$ başına {rate} RM, gerçekçi herhangi bir kurun çok dışında (en fazla {most}); ondalık işaretini kontrol edin.</translation>
    </message>
    <message>
        <source>Range: the highest rate must be greater than zero.</source>
        <translation>Aralık: en yüksek kur sıfırdan büyük olmalıdır.</translation>
    </message>
    <message>
        <source>Range: the highest rate, {rate} RM per US$, is far outside any real rate (at most {most}); check the decimal mark.</source>
        <translation>Aralık: en yüksek kur olan US$ başına {rate} RM, gerçekçi herhangi bir kurun çok dışında (en fazla {most}); ondalık işaretini kontrol edin.</translation>
    </message>
    <message>
        <source>Range: the lowest rate ({low}) must be below the highest ({high}).</source>
        <translation>Aralık: en düşük kur ({low}) en yüksek kurdan ({high}) küçük olmalıdır.</translation>
    </message>
    <message>
        <source>Steps: enter a whole number from {low} to {high}.</source>
        <translation>Adım sayısı: {low} ile {high} arasında bir tam sayı girin.</translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <source>Sets the exchange rate to the one the article&apos;s own figures imply (RM21.2 bn = US$4.92 bn for January to November 2025).</source>
        <translation>Döviz kurunu, makalenin kendi rakamlarından çıkan kura ayarlar (Ocak–Kasım 2025 için RM21,2 milyar = US$4,92 milyar).</translation>
    </message>
    <message>
        <source>Sets the exchange rate to {rate} RM per US$, a round comparison rate (the article itself gives no such rate).</source>
        <translation>Döviz kurunu US$ başına {rate} RM olarak ayarlar; bu, yuvarlak bir karşılaştırma kurudur (makalenin kendisi böyle bir kur vermez).</translation>
    </message>
    <message>
        <source>Sets the exchange rate to the one the base year&apos;s figures in RM and in US$ imply.</source>
        <translation>Döviz kurunu, baz yılın RM ve US$ cinsinden rakamlarından çıkan kura ayarlar.</translation>
    </message>
    <message>
        <source>E&amp;xchange rates shown (RM per US$):</source>
        <translation>G&amp;österilen döviz kurları (US$ başına RM):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Lowest rate shown</source>
        <translation>Gösterilen en düşük kur</translation>
    </message>
    <message>
        <source>The lowest exchange rate on the sensitivity chart, in RM per US$</source>
        <translation>Duyarlılık grafiğindeki en düşük döviz kuru, US$ başına RM olarak</translation>
    </message>
    <message>
        <source>Highest rate shown</source>
        <translation>Gösterilen en yüksek kur</translation>
    </message>
    <message>
        <source>The highest exchange rate on the sensitivity chart, in RM per US$</source>
        <translation>Duyarlılık grafiğindeki en yüksek döviz kuru, US$ başına RM olarak</translation>
    </message>
    <message>
        <source>Set the rate to:</source>
        <translation>Kuru ayarla:</translation>
    </message>
    <message>
        <source>Exchange-rate chart</source>
        <translation>Döviz kuru grafiği</translation>
    </message>
    <message>
        <source>Chart of the required and the observed annual growth against the exchange rate, with the current rate and the break-even rate marked. The text under the chart gives the same values in words.</source>
        <translation>Gerekli ve gözlenen yıllık büyümenin döviz kuruna göre grafiği; geçerli kur ve başa baş kur işaretlenmiştir. Grafiğin altındaki metin aynı değerleri sözcüklerle verir.</translation>
    </message>
    <message>
        <source>Exchange-rate summary</source>
        <translation>Döviz kuru özeti</translation>
    </message>
    <message>
        <source>Exchange rate (RM per US$)</source>
        <translation>Döviz kuru (US$ başına RM)</translation>
    </message>
    <message>
        <source>Growth (% a year)</source>
        <translation>Büyüme (yıllık %)</translation>
    </message>
    <message>
        <source>Required growth</source>
        <translation>Gerekli büyüme</translation>
    </message>
    <message>
        <source>Observed growth</source>
        <translation>Gözlenen büyüme</translation>
    </message>
    <message>
        <source>Current rate</source>
        <translation>Geçerli kur</translation>
    </message>
    <message>
        <source>Break-even rate</source>
        <translation>Başa baş kur</translation>
    </message>
    <message>
        <source>Lowest rate</source>
        <translation>En düşük kur</translation>
    </message>
    <message>
        <source>Highest rate</source>
        <translation>En yüksek kur</translation>
    </message>
    <message>
        <source>{name}: {rate}</source>
        <translation>{name}: {rate}</translation>
    </message>
    <message>
        <source>To use the {year} rate, add the {year} figure in {symbol} for the full year with Add a figure…; the rate is then its value over the {year} figure&apos;s.</source>
        <translation>{year} kurunu kullanmak için Rakam ekle… komutuyla {year} yılının tam yıl rakamını {symbol} cinsinden ekleyin; kur, bu rakamın {year} rakamına oranı olur.</translation>
    </message>
    <message>
        <source>The article&apos;s conversion no longer applies: the figure it was given for has been edited. Reset to the article&apos;s figures to use it again.</source>
        <translation>Makalenin dönüşümü artık geçerli değil: dönüşümün verildiği rakam düzenlendi. Yeniden kullanmak için makaledeki rakamlara sıfırlayın.</translation>
    </message>
    <message>
        <source>Break-even {rate}</source>
        <translation>Başa baş {rate}</translation>
    </message>
    <message>
        <source>Current {rate}</source>
        <translation>Geçerli {rate}</translation>
    </message>
    <message>
        <source>Gap {gap} percentage points</source>
        <translation>Fark {gap} yüzde puan</translation>
    </message>
    <message>
        <source>At the current rate, {rate} RM per US$: required growth {required} a year, observed growth {observed} a year (a gap of {gap} percentage points).</source>
        <translation>Geçerli kurda (US$ başına {rate} RM): gerekli büyüme yılda {required}, gözlenen büyüme yılda {observed} (fark: {gap} yüzde puan).</translation>
    </message>
    <message>
        <source>The current rate is outside the range shown.</source>
        <translation>Geçerli kur, gösterilen aralığın dışında.</translation>
    </message>
    <message>
        <source>Observed growth does not equal the required growth anywhere from {low} to {high} RM per US$.</source>
        <translation>US$ başına {low} ile {high} RM arasındaki hiçbir kurda gözlenen büyüme gerekli büyümeye eşit olmuyor.</translation>
    </message>
    <message>
        <source>Break-even: observed growth equals the required growth at {rate} RM per US$.</source>
        <translation>Başa baş: gözlenen büyüme, US$ başına {rate} RM kurunda gerekli büyümeye eşittir.</translation>
    </message>
    <message>
        <source>The required growth does not depend on the rate: the base and the target are both in {symbol}.</source>
        <translation>Gerekli büyüme kura bağlı değildir: baz değer de hedef de {symbol} cinsindendir.</translation>
    </message>
</context>
<context>
    <name>Solve</name>
    <message>
        <source>{option} is a fraction, not a percentage: write 0.1397 for 13.97 %.</source>
        <translation>{option} yüzde olarak değil, oran olarak verilir: %13,97 için 0,1397 yazın.</translation>
    </message>
    <message>
        <source>US${amount} bn</source>
        <translation>US${amount} milyar</translation>
    </message>
    <message>
        <source>{percent} a year ({fraction} as a fraction)</source>
        <translation>yılda {percent} (oran olarak {fraction})</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>(solved)</source>
        <translation>(çözüldü)</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Başlangıç değeri</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Büyüme</translation>
    </message>
    <message>
        <source>The base already equals the target, {amount}: it takes no time at all.</source>
        <translation>Başlangıç değeri zaten hedefe ({amount}) eşit: hiç süre gerekmez.</translation>
    </message>
    <message>
        <source>At {growth} a year, {base} reaches {target} in {years} years.</source>
        <translation>Yılda {growth} büyümeyle {base}, {years} yılda {target} düzeyine ulaşır.</translation>
    </message>
    <message>
        <source>{symbol}{amount} bn</source>
        <translation>{symbol}{amount} milyar</translation>
    </message>
    <message>
        <source>All four of base, target, years and growth are given: leave out the one to solve for.</source>
        <translation>Başlangıç değeri, hedef, yıl ve büyümenin dördü de verilmiş: çözülecek olanı belirtmeyin.</translation>
    </message>
    <message>
        <source>Give three of base, target, years and growth to solve for the fourth; %n given.</source>
        <translation>Dördüncüsünü çözmek için başlangıç değeri, hedef, yıl ve büyümeden üçünü verin; verilen: %n.</translation>
    </message>
    <message>
        <source>{name}: enter a finite number.</source>
        <translation>{name}: sonlu bir sayı girin.</translation>
    </message>
    <message>
        <source>The base must be more than zero.</source>
        <translation>Başlangıç değeri sıfırdan büyük olmalıdır.</translation>
    </message>
    <message>
        <source>The target must be more than zero.</source>
        <translation>Hedef sıfırdan büyük olmalıdır.</translation>
    </message>
    <message>
        <source>The years must be more than zero.</source>
        <translation>Yıl sayısı sıfırdan büyük olmalıdır.</translation>
    </message>
    <message>
        <source>Growth must be more than {limit} a year: a fall of 100 % or more leaves nothing to grow from.</source>
        <translation>Büyüme yılda {limit} değerinden büyük olmalıdır: %100 veya daha büyük bir düşüş, büyüyebilecek bir değer bırakmaz.</translation>
    </message>
    <message>
        <source>{name}: at most {most} billion.</source>
        <translation>{name}: en fazla {most} milyar.</translation>
    </message>
    <message>
        <source>Years: at most {most}.</source>
        <translation>Yıl: en fazla {most}.</translation>
    </message>
    <message>
        <source>Growth: at most {most} a year.</source>
        <translation>Büyüme: yılda en fazla {most}.</translation>
    </message>
    <message>
        <source>At 0 % growth the value stays at the base and never reaches the target.</source>
        <translation>%0 büyümede değer başlangıç düzeyinde kalır ve hedefe hiçbir zaman ulaşmaz.</translation>
    </message>
    <message>
        <source>At {growth} a year the value only rises, so it never falls to a target below the base.</source>
        <translation>Yılda {growth} büyümede değer yalnızca artar; bu nedenle başlangıç değerinin altındaki bir hedefe hiçbir zaman düşmez.</translation>
    </message>
    <message>
        <source>At {growth} a year the value only falls, so it never rises to a target above the base.</source>
        <translation>Yılda {growth} büyümede değer yalnızca azalır; bu nedenle başlangıç değerinin üzerindeki bir hedefe hiçbir zaman yükselmez.</translation>
    </message>
    <message>
        <source>At this growth the target takes more than {most} years to reach; try a larger growth.</source>
        <translation>Bu büyümeyle hedefe ulaşmak {most} yıldan uzun sürer; daha büyük bir büyüme deneyin.</translation>
    </message>
    <message>
        <source>These values are too far apart to compute with; try fewer years or a smaller growth.</source>
        <translation>Bu değerler, hesaplama yapılamayacak kadar birbirinden uzak; daha az yıl veya daha küçük bir büyüme deneyin.</translation>
    </message>
</context>
<context>
    <name>SolvePanel</name>
    <message>
        <source>Growth a year (%)</source>
        <translation>Yıllık büyüme (%)</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>Başlangıç değeri</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Years required</source>
        <translation>Gereken yıl sayısı</translation>
    </message>
    <message>
        <source>Base value ({symbol} bn)</source>
        <translation>Başlangıç değeri ({symbol} milyar)</translation>
    </message>
    <message>
        <source>Target ({symbol} bn)</source>
        <translation>Hedef ({symbol} milyar)</translation>
    </message>
    <message>
        <source>Growth a year</source>
        <translation>Yıllık büyüme</translation>
    </message>
    <message>
        <source>The starting value, in billions of the display currency; the scenario&apos;s is its base-year trade</source>
        <translation>Başlangıç değeri, gösterim para biriminde milyar olarak; senaryoda bu, baz yıl ticaretidir</translation>
    </message>
    <message>
        <source>The value to reach, in billions of the display currency</source>
        <translation>Ulaşılacak değer, gösterim para biriminde milyar olarak</translation>
    </message>
    <message>
        <source>Years from the base value to the target; fractions are allowed</source>
        <translation>Başlangıç değerinden hedefe kadar geçen yıl sayısı; kesirli değer girilebilir</translation>
    </message>
    <message>
        <source>Compound growth a year in per cent: type 13.97 for 13.97 %</source>
        <translation>Yüzde olarak yıllık bileşik büyüme: %13,97 için 13,97 yazın</translation>
    </message>
    <message>
        <source>Work out the base value</source>
        <translation>Başlangıç değerini hesapla</translation>
    </message>
    <message>
        <source>Work out the target</source>
        <translation>Hedefi hesapla</translation>
    </message>
    <message>
        <source>Work out the years required</source>
        <translation>Gereken yıl sayısını hesapla</translation>
    </message>
    <message>
        <source>Work out the growth a year</source>
        <translation>Yıllık büyümeyi hesapla</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Çöz</translation>
    </message>
    <message>
        <source>A calculator: give three of the four and it works out the one you choose. It does not change the scenario.</source>
        <translation>Bir hesaplayıcı: dört değerden üçünü girin, seçtiğiniz değeri hesaplasın. Senaryoyu değiştirmez.</translation>
    </message>
    <message>
        <source>Choose the one to work out:</source>
        <translation>Hesaplanacak değeri seçin:</translation>
    </message>
    <message>
        <source>Choose the one to work out from the other three; its field shows the answer</source>
        <translation>Diğer üçünden hesaplanacak değeri seçin; sonuç, o değerin alanında gösterilir</translation>
    </message>
    <message>
        <source>Problem with the entries</source>
        <translation>Girdilerdeki sorun</translation>
    </message>
    <message>
        <source>The answer in words</source>
        <translation>Sözcüklerle sonuç</translation>
    </message>
    <message>
        <source>The unknown worked out from the other three, as a sentence</source>
        <translation>Diğer üçünden hesaplanan bilinmeyen, bir cümle olarak</translation>
    </message>
    <message>
        <source>Ta&amp;ke the scenario&apos;s figures</source>
        <translation>Senaryonun rakamlarını y&amp;ükle</translation>
    </message>
    <message>
        <source>Take the scenario&apos;s figures</source>
        <translation>Senaryonun rakamlarını yükle</translation>
    </message>
    <message>
        <source>Fills in the base value, target, years and growth of the current scenario and follows the scenario until you type</source>
        <translation>Geçerli senaryonun başlangıç değerini, hedefini, yıl sayısını ve büyümesini doldurur; siz bir değer yazana kadar senaryoyu izler</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the disk is read-only</source>
        <translation>disk salt okunur</translation>
    </message>
    <message>
        <source>the folder is read-only, or you do not have permission to write there</source>
        <translation>klasör salt okunur veya oraya yazma izniniz yok</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk dolu</translation>
    </message>
    <message>
        <source>the folder “{folder}” does not exist</source>
        <translation>“{folder}” klasörü yok</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>aynı adlı bir klasör engel oluyor</translation>
    </message>
    <message>
        <source>Could not save “{name}”: {reason}.</source>
        <translation>“{name}” kaydedilemedi: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” was written, but the disk did not confirm it ({reason}); save again before relying on it.</source>
        <translation>“{name}” yazıldı, ancak disk bunu doğrulamadı ({reason}); bu dosyaya güvenmeden önce yeniden kaydedin.</translation>
    </message>
    <message>
        <source>it is not a regular file but a named pipe, a device or a socket</source>
        <translation>normal bir dosya değil; adlandırılmış bir kanal, bir aygıt ya da bir soket</translation>
    </message>
    <message>
        <source>the file is read-only, or you do not have permission to change it</source>
        <translation>dosya salt okunur ya da onu değiştirme izniniz yok</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>dosya mevcut değil</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>bu bir dosya değil, klasör</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>okuma izniniz yok</translation>
    </message>
    <message>
        <source>Could not open “{name}”: {reason}.</source>
        <translation>“{name}” açılamadı: {reason}.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>%n byte(s)</source>
        <translation>%n bayt</translation>
    </message>
    <message>
        <source>“{name}” is larger than {size}; it is not a Trade Target file.</source>
        <translation>“{name}” {size} boyutundan büyük; bir Trade Target dosyası değil.</translation>
    </message>
    <message>
        <source>Could not open “{name}”: it is not a regular file.</source>
        <translation>“{name}” açılamadı: normal bir dosya değil.</translation>
    </message>
    <message>
        <source>“{name}” is not UTF-8 text.</source>
        <translation>“{name}” UTF-8 metni değil.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Required annual growth</source>
        <translation>Gerekli yıllık büyüme</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Hedef yıl</translation>
    </message>
    <message>
        <source>Latest-year estimate</source>
        <translation>En son yıl tahmini</translation>
    </message>
    <message>
        <source>Observed growth</source>
        <translation>Gözlenen büyüme</translation>
    </message>
    <message>
        <source>Growth still needed</source>
        <translation>Hâlâ gereken büyüme</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Target reached at the observed trend</source>
        <translation>Gözlenen eğilimle hedefe ulaşma</translation>
    </message>
    <message>
        <source>Chance of reaching the target</source>
        <translation>Hedefe ulaşma olasılığı</translation>
    </message>
    <message>
        <source>Yearly compound growth needed to reach the target by the target year</source>
        <translation>Hedefe hedef yılda ulaşmak için gereken yıllık bileşik büyüme</translation>
    </message>
    <message>
        <source>Base year plus the years to target you set</source>
        <translation>Baz yıl artı belirlediğiniz hedefe kalan yıl</translation>
    </message>
    <message>
        <source>The latest part-year figure scaled up to a full year</source>
        <translation>Yılın bir bölümüne ait en son rakamın tam yıla ölçeklenmiş hâli</translation>
    </message>
    <message>
        <source>Growth from the base year to the latest-year estimate</source>
        <translation>Baz yıldan en son yıl tahminine kadarki büyüme</translation>
    </message>
    <message>
        <source>Yearly compound growth needed from the latest-year estimate to reach the target by the target year</source>
        <translation>En son yıl tahmininden hedef yıla kadar hedefe ulaşmak için gereken yıllık bileşik büyüme</translation>
    </message>
    <message>
        <source>Observed growth compared with the growth required</source>
        <translation>Gözlenen büyümenin gerekli büyümeyle karşılaştırması</translation>
    </message>
    <message>
        <source>The year the target is reached if the observed growth continues</source>
        <translation>Gözlenen büyüme sürerse hedefe ulaşılacak yıl</translation>
    </message>
    <message>
        <source>The chance that trade reaches the target by the target year, from the ups and downs of the imported annual history</source>
        <translation>Ticaretin hedef yıla kadar hedefe ulaşma olasılığı, içe aktarılan yıllık geçmişin iniş çıkışlarından</translation>
    </message>
    <message>
        <source>How the required annual growth is worked out</source>
        <translation>Gerekli yıllık büyümenin nasıl hesaplandığı</translation>
    </message>
    <message>
        <source>How the target year is worked out</source>
        <translation>Hedef yılın nasıl hesaplandığı</translation>
    </message>
    <message>
        <source>How the latest-year estimate is worked out</source>
        <translation>En son yıl tahmininin nasıl hesaplandığı</translation>
    </message>
    <message>
        <source>How the observed growth is worked out</source>
        <translation>Gözlenen büyümenin nasıl hesaplandığı</translation>
    </message>
    <message>
        <source>How the growth still needed is worked out</source>
        <translation>Hâlâ gereken büyümenin nasıl hesaplandığı</translation>
    </message>
    <message>
        <source>How the progress is worked out</source>
        <translation>İlerlemenin nasıl hesaplandığı</translation>
    </message>
    <message>
        <source>How the target reached at the observed trend is worked out</source>
        <translation>Gözlenen eğilimle hedefe ulaşma yılının nasıl hesaplandığı</translation>
    </message>
    <message>
        <source>How the chance is worked out</source>
        <translation>Olasılığın nasıl hesaplandığı</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>({target} ÷ {base})^(1/{years}) − 1: compound growth from {base_year} to {target_year}.</source>
        <translation>({target} ÷ {base})^(1/{years}) − 1: {base_year} ile {target_year} arasındaki bileşik büyüme.</translation>
    </message>
    <message>
        <source>{base_year} + %n year(s): an assumption (the source states no deadline).</source>
        <translation>{base_year} + %n yıl: bir varsayım (kaynakta son tarih belirtilmemiştir).</translation>
    </message>
    <message>
        <source>{amount} ({year}, full year)</source>
        <translation>{amount} ({year}, tam yıl)</translation>
    </message>
    <message>
        <source>{amount} ({year}, estimate)</source>
        <translation>{amount} ({year}, tahmin)</translation>
    </message>
    <message>
        <source>Run-rate: {amount} for %n of 12 months × 12/{months}. An estimate: seasonality not corrected.</source>
        <translation>Doğrusal yıllıklandırma: 12 ayın %n ayı için {amount} × 12/{months}. Bir tahmindir: mevsim etkilerinden arındırılmamıştır.</translation>
    </message>
    <message>
        <source>{latest_year} estimate over {base_year} reported, at {rate} RM per US$.</source>
        <translation>Bildirilen {base_year} rakamına karşı {latest_year} tahmini; kur: US$ başına {rate} RM.</translation>
    </message>
    <message>
        <source>({latest_year} ÷ {base_year})^(1/{span}) − 1: growth a year, compounded over the {span} years between them, at {rate} RM per US$.</source>
        <translation>({latest_year} ÷ {base_year})^(1/{span}) − 1: aradaki {span} yıl boyunca bileşik hesaplanan yıllık büyüme, US$ başına {rate} RM kurunda.</translation>
    </message>
    <message>
        <source>The latest estimate is already at or above the target.</source>
        <translation>En son tahmin zaten hedefe eşit veya hedefin üzerinde.</translation>
    </message>
    <message>
        <source>Trade has fallen below a target the base year had reached, and the target year {target_year} leaves no year after {latest_year} to catch up.</source>
        <translation>Ticaret, baz yılında ulaşılmış bir hedefin altına düştü ve {target_year} hedef yılı, {latest_year} sonrasında telafi için hiç yıl bırakmıyor.</translation>
    </message>
    <message>
        <source>The base year had already reached the target. Observed growth ÷ the catch-up growth needed from {latest_year} back to the target by {target_year} ({need}) = {ratio} (on track ≥ {on_track}; acceleration {acceleration}–{on_track}; limited {zero}–{acceleration}).</source>
        <translation>Baz yılda hedefe zaten ulaşılmıştı. Gözlenen büyüme ÷ {latest_year} yılından {target_year} yılına kadar hedefe geri dönmek için gereken telafi büyümesi ({need}) = {ratio} (hedefe uygun ilerliyor ≥ {on_track}; hızlanma gerekli {acceleration}–{on_track}; sınırlı ilerleme {zero}–{acceleration}).</translation>
    </message>
    <message>
        <source>Observed ÷ required growth = {ratio} (on track ≥ {on_track}; acceleration {acceleration}–{on_track}; limited {zero}–{acceleration}).</source>
        <translation>Gözlenen ÷ gerekli büyüme = {ratio} (hedefe uygun ilerliyor ≥ {on_track}; hızlanma gerekli {acceleration}–{on_track}; sınırlı ilerleme {zero}–{acceleration}).</translation>
    </message>
    <message>
        <source>Not at this trend</source>
        <translation>Bu eğilimle ulaşılamaz</translation>
    </message>
    <message>
        <source>Observed growth is zero or negative, so the trend never reaches the target.</source>
        <translation>Gözlenen büyüme sıfır veya negatif; bu nedenle eğilim hedefe hiçbir zaman ulaşmaz.</translation>
    </message>
    <message>
        <source>The latest estimate already reaches the target.</source>
        <translation>En son tahmin hedefe zaten ulaşıyor.</translation>
    </message>
    <message>
        <source>{years} years from {latest_year} at {percent} a year: ln(target ÷ estimate) ÷ ln(1 + growth).</source>
        <translation>{latest_year} yılından itibaren yılda {percent} büyümeyle {years} yıl: ln(hedef ÷ tahmin) ÷ ln(1 + büyüme).</translation>
    </message>
    <message>
        <source>{percent} a year</source>
        <translation>yılda {percent}</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Assumptions</source>
        <translation>Varsayımlar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Seyir</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Required (US$ bn)</source>
        <translation>Gerekli (US$ milyar)</translation>
    </message>
    <message>
        <source>Required (RM bn)</source>
        <translation>Gerekli (RM milyar)</translation>
    </message>
    <message>
        <source>At observed trend (US$ bn)</source>
        <translation>Gözlenen eğilimle (US$ milyar)</translation>
    </message>
    <message>
        <source>At observed trend (RM bn)</source>
        <translation>Gözlenen eğilimle (RM milyar)</translation>
    </message>
    <message>
        <source>Gap, trend − required (US$ bn)</source>
        <translation>Fark, eğilim − gerekli (US$ milyar)</translation>
    </message>
    <message>
        <source>Gap, trend − required (RM bn)</source>
        <translation>Fark, eğilim − gerekli (RM milyar)</translation>
    </message>
    <message>
        <source>Catch-up path (US$ bn)</source>
        <translation>Telafi seyri (US$ milyar)</translation>
    </message>
    <message>
        <source>Catch-up path (RM bn)</source>
        <translation>Telafi seyri (RM milyar)</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Senaryo karşılaştırması</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Senaryo</translation>
    </message>
    <message>
        <source>Exchange rate (RM per US$)</source>
        <translation>Döviz kuru (US$ başına RM)</translation>
    </message>
    <message>
        <source>Years to target</source>
        <translation>Hedefe kalan yıl</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Hedef yıl</translation>
    </message>
    <message>
        <source>Required growth (fraction a year)</source>
        <translation>Gerekli büyüme (yıllık oran)</translation>
    </message>
    <message>
        <source>Observed growth (fraction a year)</source>
        <translation>Gözlenen büyüme (yıllık oran)</translation>
    </message>
    <message>
        <source>Progress ratio</source>
        <translation>İlerleme oranı</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Year reached at trend</source>
        <translation>Eğilimle ulaşılan yıl</translation>
    </message>
    <message>
        <source>Catch-up growth (fraction a year)</source>
        <translation>Telafi büyümesi (yıllık oran)</translation>
    </message>
    <message>
        <source>Chance of reaching the target (fraction)</source>
        <translation>Hedefe ulaşma olasılığı (oran)</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Baz yıl</translation>
    </message>
    <message>
        <source>Base value (US$ bn)</source>
        <translation>Baz değer (US$ milyar)</translation>
    </message>
    <message>
        <source>Target (US$ bn)</source>
        <translation>Hedef (US$ milyar)</translation>
    </message>
    <message>
        <source>Latest figure</source>
        <translation>En son rakam</translation>
    </message>
    <message>
        <source>Latest figure&apos;s year</source>
        <translation>En son rakamın yılı</translation>
    </message>
    <message>
        <source>Months covered by the latest figure</source>
        <translation>En son rakamın kapsadığı ay sayısı</translation>
    </message>
    <message>
        <source>Latest figure, months covered (US$ bn)</source>
        <translation>En son rakam, kapsanan aylar (US$ milyar)</translation>
    </message>
    <message>
        <source>Latest figure, annualised (US$ bn)</source>
        <translation>En son rakam, yıllıklandırılmış (US$ milyar)</translation>
    </message>
    <message>
        <source>How the latest figure is annualised</source>
        <translation>En son rakamın nasıl yıllıklandırıldığı</translation>
    </message>
    <message>
        <source>run-rate × 12/{months}, no seasonal correction</source>
        <translation>doğrusal yıllıklandırma × 12/{months}, mevsim etkilerinden arındırılmamıştır</translation>
    </message>
    <message>
        <source>How the observed growth is taken</source>
        <translation>Gözlenen büyümenin nasıl alındığı</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Uygulama sürümü</translation>
    </message>
    <message>
        <source>Date of export</source>
        <translation>Dışa aktarma tarihi</translation>
    </message>
    <message>
        <source>{method}, {first}–{last}</source>
        <translation>{method}, {first}–{last}</translation>
    </message>
    <message>
        <source>{symbol}{amount} billion</source>
        <translation>{symbol}{amount} milyar</translation>
    </message>
    <message>
        <source>{qualifier} {amount}</source>
        <translation>{amount} {qualifier}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Trade figures attributed to {who}.</source>
        <translation>Ticaret rakamlarının kaynağı: {who}.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Varsayım</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <source>As reported</source>
        <translation>Bildirildiği şekliyle</translation>
    </message>
    <message>
        <source>Quote from the source</source>
        <translation>Kaynaktan alıntı</translation>
    </message>
    <message>
        <source>{choices} or {extension}</source>
        <translation>{choices} veya {extension}</translation>
    </message>
    <message>
        <source>Could not export “{name}”: choose a file ending in {choices}.</source>
        <translation>“{name}” dışa aktarılamadı: uzantısı {choices} olan bir dosya seçin.</translation>
    </message>
    <message>
        <source>Could not export “{name}”: there is no table to export.</source>
        <translation>“{name}” dışa aktarılamadı: dışa aktarılacak tablo yok.</translation>
    </message>
</context>
<context>
    <name>TrajectoryModel</name>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Required
(US$ bn)</source>
        <translation>Gerekli
(US$ milyar)</translation>
    </message>
    <message>
        <source>Required
(RM bn)</source>
        <translation>Gerekli
(RM milyar)</translation>
    </message>
    <message>
        <source>At observed
trend ({symbol} bn)</source>
        <translation>Gözlenen eğilimle
({symbol} milyar)</translation>
    </message>
    <message>
        <source>Gap: trend −
required ({symbol} bn)</source>
        <translation>Fark: eğilim −
gerekli ({symbol} milyar)</translation>
    </message>
    <message>
        <source>Catch-up
path ({symbol} bn)</source>
        <translation>Telafi
seyri ({symbol} milyar)</translation>
    </message>
    <message>
        <source>Negative: the observed trend falls short of the required path that year.</source>
        <translation>Negatif: gözlenen eğilim o yıl gerekli seyrin gerisinde kalıyor.</translation>
    </message>
    <message>
        <source>From the latest figure to the target in the target year, at the catch-up growth; blank before the latest year.</source>
        <translation>En son rakamdan hedef yıldaki hedefe, telafi büyümesiyle; en son yıldan önce boş.</translation>
    </message>
    <message>
        <source>Base year: the reported figure.</source>
        <translation>Baz yıl: bildirilen rakam.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>From the {year} estimate, it now takes {growth} a year to {target_year}.</source>
        <translation>{year} tahmininden {target_year} yılına kadar artık yılda {growth} büyüme gerekiyor.</translation>
    </message>
    <message>
        <source>From the {year} figure, it now takes {growth} a year to {target_year}.</source>
        <translation>{year} rakamından {target_year} yılına kadar artık yılda {growth} büyüme gerekiyor.</translation>
    </message>
    <message>
        <source>{symbol}{amount} bn</source>
        <translation>{symbol}{amount} milyar</translation>
    </message>
    <message>
        <source>{amount} (estimate)</source>
        <translation>{amount} (tahmini)</translation>
    </message>
    <message>
        <source>{status}: trade in {year}, {latest}, already reaches the {target} target.</source>
        <translation>{status}: {year} yılındaki ticaret, {latest}, şimdiden {target} hedefine ulaşıyor.</translation>
    </message>
    <message>
        <source>{status}: trade reached the {target} target in {base_year} but is falling ({observed} a year); trade in {year}, {latest}, is below it and will not reach it again at this trend.</source>
        <translation>{status}: ticaret {base_year} yılında {target} hedefine ulaştı ancak düşüyor (yılda {observed}); {year} yılındaki ticaret, {latest}, hedefin altında ve bu eğilimle hedefe yeniden ulaşmayacak.</translation>
    </message>
    <message>
        <source>{status}: the target needs {required} a year to {target_year}, but trade is falling ({observed} a year) and will not reach {target} at this trend.</source>
        <translation>{status}: hedef, {target_year} yılına kadar yılda {required} büyüme gerektiriyor; ancak ticaret düşüyor (yılda {observed}) ve bu eğilimle {target} düzeyine ulaşmayacak.</translation>
    </message>
    <message>
        <source>{status}: the target needs {required} a year to {target_year}, but trade is not growing ({observed} a year) and will not reach {target} at this trend.</source>
        <translation>{status}: hedef, {target_year} yılına kadar yılda {required} büyüme gerektiriyor; ancak ticaret büyümüyor (yılda {observed}) ve bu eğilimle {target} düzeyine ulaşmayacak.</translation>
    </message>
    <message>
        <source>{status}: the target needs {required} a year to {target_year}; trade is growing {observed} a year and would reach {target} in {year}, %n year(s) late.</source>
        <translation>{status}: hedef, {target_year} yılına kadar yılda {required} büyüme gerektiriyor; ticaret yılda {observed} büyüyor ve {target} düzeyine {year} yılında, %n yıl geç ulaşacak.</translation>
    </message>
    <message>
        <source>{status}: the target needs {required} a year to {target_year}; trade is growing {observed} a year and would reach {target} in {year}, %n year(s) early.</source>
        <translation>{status}: hedef, {target_year} yılına kadar yılda {required} büyüme gerektiriyor; ticaret yılda {observed} büyüyor ve {target} düzeyine {year} yılında, %n yıl erken ulaşacak.</translation>
    </message>
    <message>
        <source>{status}: the target needs {required} a year to {target_year}; trade is growing {observed} a year and would reach {target} in {year}, on time.</source>
        <translation>{status}: hedef, {target_year} yılına kadar yılda {required} büyüme gerektiriyor; ticaret yılda {observed} büyüyor ve {target} düzeyine {year} yılında, tam zamanında ulaşacak.</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>Onay işareti</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Çarpı işareti</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Senaryonun bir adı olmalıdır.</translation>
    </message>
    <message>
        <source>A scenario name holds a character that is not text.</source>
        <translation>Senaryo adında metin olmayan bir karakter var.</translation>
    </message>
    <message>
        <source>A scenario name is at most {most} characters.</source>
        <translation>Senaryo adı en fazla {most} karakter olabilir.</translation>
    </message>
    <message>
        <source>A workbook holds at least one scenario.</source>
        <translation>Bir çalışma kitabında en az bir senaryo bulunmalıdır.</translation>
    </message>
    <message>
        <source>The current scenario is not in the workbook.</source>
        <translation>Geçerli senaryo çalışma kitabında yok.</translation>
    </message>
    <message>
        <source>Article figures</source>
        <translation>Makaledeki rakamlar</translation>
    </message>
    <message>
        <source>A scenario name cannot hold control characters or text-direction overrides; it holds {code}.</source>
        <translation>Senaryo adı denetim karakterleri ya da metin yönünü değiştiren karakterler içeremez; {code} içeriyor.</translation>
    </message>
    <message>
        <source>No scenario is named “{name}”.</source>
        <translation>“{name}” adında bir senaryo yok.</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopya)</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (kopya {number})</translation>
    </message>
    <message>
        <source>Another scenario is already named “{name}”.</source>
        <translation>“{name}” adında başka bir senaryo zaten var.</translation>
    </message>
    <message>
        <source>The last scenario cannot be deleted.</source>
        <translation>Son senaryo silinemez.</translation>
    </message>
</context>
</TS>
