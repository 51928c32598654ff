<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY" sourcelanguage="en_GB">
<context>
    <name>Annualise</name>
    <message>
        <source>run-rate</source>
        <translation>unjuran kadar larian</translation>
    </message>
    <message>
        <source>same period</source>
        <translation>tempoh sama</translation>
    </message>
    <message>
        <source>trailing twelve months</source>
        <translation>dua belas bulan terkini</translation>
    </message>
    <message>
        <source>Same-period growth needs the full-year total of {year}, the year before the latest figure: add it as a figure, or import its twelve monthly figures.</source>
        <translation>Pertumbuhan tempoh sama memerlukan jumlah setahun penuh {year}, tahun sebelum angka terkini: tambahkannya sebagai angka, atau import dua belas angka bulanannya.</translation>
    </message>
    <message>
        <source>Same-period growth needs the previous year&apos;s figure for the same months: enter it on the latest figure (Figures table), or import monthly figures.</source>
        <translation>Pertumbuhan tempoh sama memerlukan angka tahun sebelumnya bagi bulan yang sama: masukkannya pada angka terkini (jadual Angka), atau import angka bulanan.</translation>
    </message>
    <message>
        <source>Trailing twelve months needs twelve consecutive monthly figures: import them (Monthly tab).</source>
        <translation>Kaedah dua belas bulan terkini memerlukan dua belas angka bulanan berturut-turut: importnya (tab Bulanan).</translation>
    </message>
    <message>
        <source>same period a year earlier, {months} months</source>
        <translation>tempoh sama setahun sebelumnya, {months} bulan</translation>
    </message>
    <message>
        <source>twelve months to {year}-{month}</source>
        <translation>dua belas bulan hingga {year}-{month}</translation>
    </message>
    <message>
        <source>run-rate, {months} of 12 months</source>
        <translation>unjuran kadar larian, {months} daripada 12 bulan</translation>
    </message>
    <message>
        <source>Same period: US${partial} bn in {months} months of {year} against US${previous} bn in the same months of {previous_year} ({change}), applied to {previous_year}&apos;s US${full} bn. Seasonality cancels out.</source>
        <translation>Tempoh sama: US${partial} bilion dalam {months} bulan pada {year} berbanding US${previous} bilion dalam bulan yang sama pada {previous_year} ({change}), digunakan pada US${full} bilion bagi {previous_year}. Kesan bermusim saling membatalkan.</translation>
    </message>
    <message>
        <source>Trailing twelve months: the twelve monthly figures to {year}-{month} add up to US${total} bn.</source>
        <translation>Dua belas bulan terkini: dua belas angka bulanan hingga {year}-{month} berjumlah US${total} bilion.</translation>
    </message>
    <message>
        <source>{year} is a full-year figure.</source>
        <translation>{year} ialah angka setahun penuh.</translation>
    </message>
    <message>
        <source>Run-rate: US${partial} bn for {months} of 12 months × 12/{months}. Seasonality not corrected.</source>
        <translation>Unjuran kadar larian: US${partial} bilion bagi {months} daripada 12 bulan × 12/{months}. Tanpa pelarasan bermusim.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} needs a desktop session to open its window, and none was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop, or use `trade-target summary` on the command line.</source>
        <translation>{app} memerlukan sesi desktop untuk membuka tetingkapnya, tetapi tiada sesi ditemui (DISPLAY dan WAYLAND_DISPLAY tidak ditetapkan). Mulakannya dari desktop anda, atau gunakan `trade-target summary` pada baris perintah.</translation>
    </message>
    <message>
        <source>Something went wrong. Your inputs are unchanged; the last good result stays on screen.</source>
        <translation>Berlaku ralat. Input anda tidak berubah; hasil terakhir yang sah kekal dipaparkan.</translation>
    </message>
    <message>
        <source>The article&apos;s figures could not be read: {error}</source>
        <translation>Angka artikel tidak dapat dibaca: {error}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave is off: its folder cannot be made ({reason}).</source>
        <translation>Simpan automatik dimatikan: foldernya tidak dapat dibuat ({reason}).</translation>
    </message>
    <message>
        <source>Autosave is off: too many Trade Target windows are open.</source>
        <translation>Simpan automatik dimatikan: terlalu banyak tetingkap Trade Target dibuka.</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Is the {target} target reachable, and what growth does it take?</source>
        <translation>Bolehkah sasaran {target} dicapai, dan berapakah pertumbuhan yang diperlukan?</translation>
    </message>
    <message>
        <source>The target is already met.</source>
        <translation>Sasaran sudah tercapai.</translation>
    </message>
    <message>
        <source>Never at this trend: observed growth is zero or negative.</source>
        <translation>Tidak akan tercapai pada trend ini: pertumbuhan dicerap sifar atau negatif.</translation>
    </message>
    <message>
        <source>In {year}.</source>
        <translation>Pada {year}.</translation>
    </message>
    <message>
        <source>In {year} (about {years} years after {latest_year}).</source>
        <translation>Pada {year} (kira-kira {years} tahun selepas {latest_year}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate} a year&lt;/b&gt;, by {method}</source>
        <translation>&lt;b&gt;{rate} setahun&lt;/b&gt;, melalui {method}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate} a year&lt;/b&gt;, {base_year} reported to {latest_year} estimated: {reported} for {months} months (≈ {partial}, annualised {estimate})</source>
        <translation>&lt;b&gt;{rate} setahun&lt;/b&gt;, daripada angka dilaporkan {base_year} hingga anggaran {latest_year}: {reported} bagi {months} bulan (≈ {partial}, disetahunkan {estimate})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate} a year&lt;/b&gt;, {base_year} reported to {latest_year} estimated: {reported} for {months} months (annualised {estimate})</source>
        <translation>&lt;b&gt;{rate} setahun&lt;/b&gt;, daripada angka dilaporkan {base_year} hingga anggaran {latest_year}: {reported} bagi {months} bulan (disetahunkan {estimate})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; — observed ÷ catch-up growth = {ratio}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; — dicerap ÷ pertumbuhan kejar = {ratio}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; — observed ÷ required = {ratio}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; — dicerap ÷ diperlukan = {ratio}</translation>
    </message>
    <message>
        <source>Required growth</source>
        <translation>Pertumbuhan diperlukan</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate} a year&lt;/b&gt;, from {base} in {base_year} to {target} in {target_year}</source>
        <translation>&lt;b&gt;{rate} setahun&lt;/b&gt;, daripada {base} pada {base_year} kepada {target} pada {target_year}</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Tahun sasaran</translation>
    </message>
    <message>
        <source>&lt;b&gt;{target_year}&lt;/b&gt;: %n year(s) after {base_year}, an assumption (the source states no deadline)</source>
        <translation>&lt;b&gt;{target_year}&lt;/b&gt;: %n tahun selepas {base_year}, satu andaian (sumber tidak menyatakan tarikh akhir)</translation>
    </message>
    <message>
        <source>Observed growth</source>
        <translation>Pertumbuhan dicerap</translation>
    </message>
    <message>
        <source>Catch-up growth</source>
        <translation>Pertumbuhan kejar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Target reached at the observed trend</source>
        <translation>Sasaran tercapai pada trend dicerap</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate}&lt;/b&gt; = {sum}</source>
        <translation>&lt;b&gt;{rate}&lt;/b&gt; = {sum}</translation>
    </message>
    <message>
        <source>Chance of reaching the target</source>
        <translation>Peluang mencapai sasaran</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Required (US$ bn)</source>
        <translation>Diperlukan (US$ bilion)</translation>
    </message>
    <message>
        <source>Required (RM bn)</source>
        <translation>Diperlukan (RM bilion)</translation>
    </message>
    <message>
        <source>At observed trend ({symbol} bn)</source>
        <translation>Pada trend dicerap ({symbol} bilion)</translation>
    </message>
    <message>
        <source>Trend − required ({symbol} bn)</source>
        <translation>Trend − diperlukan ({symbol} bilion)</translation>
    </message>
    <message>
        <source>Catch-up path ({symbol} bn)</source>
        <translation>Laluan kejar ({symbol} bilion)</translation>
    </message>
    <message>
        <source>Exchange rate: RM{rate} per US$, as set for this scenario; every RM value is derived from US$ at this rate, and the reverse.</source>
        <translation>Kadar pertukaran: RM{rate} setiap US$, seperti yang ditetapkan untuk senario ini; setiap nilai RM diperoleh daripada US$ pada kadar ini, dan sebaliknya.</translation>
    </message>
    <message>
        <source>Exchange rate: RM{rate} per US$ (the source&apos;s own figures imply RM{implied}); every RM value is derived from US$ at this rate, and the reverse.</source>
        <translation>Kadar pertukaran: RM{rate} setiap US$ (angka sumber sendiri menyiratkan RM{implied}); setiap nilai RM diperoleh daripada US$ pada kadar ini, dan sebaliknya.</translation>
    </message>
    <message>
        <source>Exchange rate: RM{rate} per US$ (implied by the source&apos;s own figures); every RM value is derived from US$ at this rate, and the reverse.</source>
        <translation>Kadar pertukaran: RM{rate} setiap US$ (tersirat daripada angka sumber sendiri); setiap nilai RM diperoleh daripada US$ pada kadar ini, dan sebaliknya.</translation>
    </message>
    <message>
        <source>Years to target: {years}, so the target year is {target_year} ({base_year} + {years}); the source states no deadline.</source>
        <translation>Tempoh ke sasaran (tahun): {years}, maka tahun sasaran ialah {target_year} ({base_year} + {years}); sumber tidak menyatakan tarikh akhir.</translation>
    </message>
    <message>
        <source>Annualisation: {text}</source>
        <translation>Penyetahunan: {text}</translation>
    </message>
    <message>
        <source>Brief of {date}</source>
        <translation>Nota taklimat bertarikh {date}</translation>
    </message>
    <message>
        <source>Scenario “{name}”</source>
        <translation>Senario “{name}”</translation>
    </message>
    <message>
        <source>amounts in billions</source>
        <translation>amaun dalam bilion</translation>
    </message>
    <message>
        <source>Quotes are in the original English.</source>
        <translation>Petikan adalah dalam bahasa Inggeris asal.</translation>
    </message>
    <message>
        <source>Prepared with {app} {version}.</source>
        <translation>Disediakan dengan {app} {version}.</translation>
    </message>
    <message>
        <source>Growth rates are compound annual rates; the latest year is an estimate ({method}).</source>
        <translation>Kadar pertumbuhan ialah kadar tahunan berkompaun; tahun terkini ialah anggaran ({method}).</translation>
    </message>
    <message>
        <source>The question:</source>
        <translation>Soalan:</translation>
    </message>
    <message>
        <source>The required path, year by year</source>
        <translation>Laluan diperlukan, tahun demi tahun</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Andaian</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>{symbol}{amount} billion</source>
        <translation>{symbol}{amount} bilion</translation>
    </message>
    <message>
        <source>Malaysia–Türkiye bilateral trade: the path to {target} by {year}</source>
        <translation>Perdagangan dua hala Malaysia–Türkiye: laluan ke {target} menjelang {year}</translation>
    </message>
    <message>
        <source>Scenario “{name}” · {verdict}</source>
        <translation>Senario “{name}” · {verdict}</translation>
    </message>
    <message>
        <source>{year} is a full-year figure.</source>
        <translation>{year} ialah angka setahun penuh.</translation>
    </message>
    <message>
        <source>{year} is estimated from {months} of 12 months by run-rate annualisation (× 12/{months}), seasonality not corrected.</source>
        <translation>{year} dianggarkan daripada {months} daripada 12 bulan melalui penyetahunan secara unjuran kadar larian (× 12/{months}), tanpa pelarasan bermusim.</translation>
    </message>
    <message>
        <source>{kind}, {published}: {subject}.</source>
        <translation>{kind}, {published}: {subject}.</translation>
    </message>
    <message>
        <source>Trade figures attributed to {source}.</source>
        <translation>Angka perdagangan bersumberkan {source}.</translation>
    </message>
    <message>
        <source>Exchange rate RM{rate} per US$; target in %n year(s) ({base_year} → {target_year}), a deadline the source does not state;</source>
        <translation>Kadar pertukaran RM{rate} setiap US$; sasaran dalam %n tahun ({base_year} → {target_year}), tarikh akhir yang tidak dinyatakan oleh sumber;</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Sumber: {source}</translation>
    </message>
    <message>
        <source>Assumptions: {assumptions}</source>
        <translation>Andaian: {assumptions}</translation>
    </message>
    <message>
        <source>Made with {app} {version}.</source>
        <translation>Dibuat dengan {app} {version}.</translation>
    </message>
    <message>
        <source>Chart width: enter whole pixels from {lowest} to {highest}.</source>
        <translation>Lebar carta: masukkan bilangan piksel bulat dari {lowest} hingga {highest}.</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Malaysia&apos;s report</source>
        <translation>laporan Malaysia</translation>
    </message>
    <message>
        <source>Türkiye&apos;s report</source>
        <translation>laporan Türkiye</translation>
    </message>
    <message>
        <source>{first}–{last}, {report}</source>
        <translation>{first}–{last}, {report}</translation>
    </message>
    <message>
        <source>Catch-up from {year}</source>
        <translation>Kejar dari {year}</translation>
    </message>
    <message>
        <source>Annual history</source>
        <translation>Sejarah tahunan</translation>
    </message>
    <message>
        <source>Annual history ({report})</source>
        <translation>Sejarah tahunan ({report})</translation>
    </message>
    <message>
        <source>Chance bands from the {first}–{last} volatility: {bands}</source>
        <translation>Jalur peluang daripada kemeruapan {first}–{last}: {bands}</translation>
    </message>
    <message>
        <source>Chance bands: trade taken as a log-normal random walk from the {year} value, with the mean μ = {mean} and standard deviation σ = {deviation} of the %n year-on-year log growth(s) of {years}; the bands hold {bands} of its paths.</source>
        <translation>Jalur peluang: perdagangan diambil sebagai jalan rawak log-normal dari nilai {year}, dengan purata μ = {mean} dan sisihan piawai σ = {deviation} bagi %n pertumbuhan log tahun ke tahun {years}; jalur itu memuatkan {bands} daripada laluannya.</translation>
    </message>
    <message>
        <source>{inner} and {outer}</source>
        <translation>{inner} dan {outer}</translation>
    </message>
    <message>
        <source>The chance passes {half} in {half_year} and {most} in {most_year}.</source>
        <translation>Peluang melepasi {half} pada {half_year} dan {most} pada {most_year}.</translation>
    </message>
    <message>
        <source>The chance passes {half} in {half_year}, and {most} not within %n year(s) of {latest_year}.</source>
        <translation>Peluang melepasi {half} pada {half_year}, dan tidak melepasi {most} dalam tempoh %n tahun dari {latest_year}.</translation>
    </message>
    <message>
        <source>The chance passes neither {half} nor {most} within %n year(s) of {latest_year}.</source>
        <translation>Peluang tidak melepasi {half} mahupun {most} dalam tempoh %n tahun dari {latest_year}.</translation>
    </message>
    <message>
        <source>{method}, {years}</source>
        <translation>{method}, {years}</translation>
    </message>
    <message>
        <source>({target} ÷ {latest})^(1/{years}) − 1, from the {latest_year} estimate to {target_year}</source>
        <translation>({target} ÷ {latest})^(1/{years}) − 1, dari anggaran {latest_year} hingga {target_year}</translation>
    </message>
    <message>
        <source>({target} ÷ {latest})^(1/{years}) − 1, from {latest_year} to {target_year}</source>
        <translation>({target} ÷ {latest})^(1/{years}) − 1, dari {latest_year} hingga {target_year}</translation>
    </message>
    <message>
        <source>None: the target year {target_year} is not after {latest_year}.</source>
        <translation>Tiada: tahun sasaran {target_year} tidak selepas {latest_year}.</translation>
    </message>
    <message>
        <source>None: the latest figure already reaches the target.</source>
        <translation>Tiada: angka terkini sudah mencapai sasaran.</translation>
    </message>
    <message>
        <source>Observed trend: {method}.</source>
        <translation>Trend dicerap: {method}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--window takes two years, the first before the last, such as 2015-2024; “{text}” is not that.</source>
        <translation>--window mengambil dua tahun, yang pertama sebelum yang akhir, seperti 2015-2024; “{text}” bukan begitu.</translation>
    </message>
    <message>
        <source>one that names no reporter</source>
        <translation>satu yang tidak menamakan pelapor</translation>
    </message>
    <message>
        <source>The outlook needs an annual history: give --history FILE (a CSV of annual bilateral trade).</source>
        <translation>Tinjauan memerlukan sejarah tahunan: berikan --history FILE (fail CSV perdagangan dua hala tahunan).</translation>
    </message>
    <message>
        <source>The history has no report by {reporter}; it has: {listed}.</source>
        <translation>Sejarah ini tiada laporan oleh {reporter}; yang ada: {listed}.</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Julat tahun:</translation>
    </message>
    <message>
        <source>Mean log growth μ:</source>
        <translation>Purata pertumbuhan log μ:</translation>
    </message>
    <message>
        <source>{percent} a year</source>
        <translation>{percent} setahun</translation>
    </message>
    <message>
        <source>Standard deviation σ:</source>
        <translation>Sisihan piawai σ:</translation>
    </message>
    <message>
        <source>not within %n year(s)</source>
        <translation>tidak dalam tempoh %n tahun</translation>
    </message>
    <message>
        <source>{first}–{last}, Malaysia&apos;s report, %n year-on-year growth(s)</source>
        <translation>{first}–{last}, laporan Malaysia, %n pertumbuhan tahun ke tahun</translation>
    </message>
    <message>
        <source>{first}–{last}, Türkiye&apos;s report, %n year-on-year growth(s)</source>
        <translation>{first}–{last}, laporan Türkiye, %n pertumbuhan tahun ke tahun</translation>
    </message>
    <message>
        <source>{first}–{last}, %n year-on-year growth(s)</source>
        <translation>{first}–{last}, %n pertumbuhan tahun ke tahun</translation>
    </message>
    <message>
        <source>{growth} ({method})</source>
        <translation>{growth} ({method})</translation>
    </message>
    <message>
        <source>From the {year} estimate:</source>
        <translation>Dari anggaran {year}:</translation>
    </message>
    <message>
        <source>US${amount} bn</source>
        <translation>US${amount} bilion</translation>
    </message>
    <message>
        <source>Chance of {target} by {year}:</source>
        <translation>Peluang mencapai {target} menjelang {year}:</translation>
    </message>
    <message>
        <source>The chance passes 50 % in:</source>
        <translation>Peluang melepasi 50 % pada:</translation>
    </message>
    <message>
        <source>The chance passes 90 % in:</source>
        <translation>Peluang melepasi 90 % pada:</translation>
    </message>
    <message>
        <source>Fan of likely values, US$ bn (the year&apos;s quantiles):</source>
        <translation>Kipas nilai berkemungkinan, US$ bilion (kuantil tahun itu):</translation>
    </message>
    <message>
        <source>Assumptions: trade moves as a log-normal random walk from the latest estimate, its yearly log growth independent from year to year with the window&apos;s mean and (sample) standard deviation; the chance is of the target year&apos;s value reaching the target.</source>
        <translation>Andaian: perdagangan bergerak sebagai jalan rawak log-normal dari anggaran terkini, pertumbuhan log tahunannya bebas dari tahun ke tahun dengan purata dan sisihan piawai (sampel) julat tahun itu; peluang ialah bagi nilai tahun sasaran mencapai sasaran.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>not at this trend</source>
        <translation>tidak tercapai pada trend ini</translation>
    </message>
    <message>
        <source>already reached in {year}</source>
        <translation>sudah tercapai pada {year}</translation>
    </message>
    <message>
        <source>{year} ({years} years from {latest})</source>
        <translation>{year} ({years} tahun dari {latest})</translation>
    </message>
    <message>
        <source>none: no year is left before the target year</source>
        <translation>tiada: tiada tahun lagi sebelum tahun sasaran</translation>
    </message>
    <message>
        <source>none: the target is met</source>
        <translation>tiada: sasaran sudah tercapai</translation>
    </message>
    <message>
        <source>{growth} a year to {year} = ({target} / {latest})^(1/{years}) − 1</source>
        <translation>{growth} setahun hingga {year} = ({target} / {latest})^(1/{years}) − 1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>t/b</translation>
    </message>
    <message>
        <source>Exchange rate:</source>
        <translation>Kadar pertukaran:</translation>
    </message>
    <message>
        <source>{rate} RM per US$</source>
        <translation>{rate} RM setiap US$</translation>
    </message>
    <message>
        <source>Base ({year}):</source>
        <translation>Asas ({year}):</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Sasaran:</translation>
    </message>
    <message>
        <source>{amount} by {year} ({years} years, an assumption)</source>
        <translation>{amount} menjelang {year} ({years} tahun, satu andaian)</translation>
    </message>
    <message>
        <source>Required annual growth:</source>
        <translation>Pertumbuhan tahunan diperlukan:</translation>
    </message>
    <message>
        <source>{year} estimate ({method}):</source>
        <translation>Anggaran {year} ({method}):</translation>
    </message>
    <message>
        <source>{amount} ({months} of 12 months × 12/{months})</source>
        <translation>{amount} ({months} daripada 12 bulan × 12/{months})</translation>
    </message>
    <message>
        <source>Observed growth:</source>
        <translation>Pertumbuhan dicerap:</translation>
    </message>
    <message>
        <source>Growth still needed from the {year} estimate:</source>
        <translation>Pertumbuhan masih diperlukan dari anggaran {year}:</translation>
    </message>
    <message>
        <source>Progress ratio:</source>
        <translation>Nisbah kemajuan:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Target reached at trend:</source>
        <translation>Sasaran tercapai pada trend:</translation>
    </message>
    <message>
        <source>“{path}” has no scenario “{name}”; its scenarios are {listed}.</source>
        <translation>“{path}” tiada senario “{name}”; senarionya ialah {listed}.</translation>
    </message>
    <message>
        <source>--name picks a scenario of a file: give --scenario FILE.</source>
        <translation>--name memilih senario daripada fail: berikan --scenario FILE.</translation>
    </message>
    <message>
        <source>Scenario: “{name}” in {file}</source>
        <translation>Senario: “{name}” dalam {file}</translation>
    </message>
    <message>
        <source>give --chart FILE and/or --table FILE.</source>
        <translation>berikan --chart FILE dan/atau --table FILE.</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Ditulis: {file}</translation>
    </message>
    <message>
        <source>{symbol}{amount} bn</source>
        <translation>{symbol}{amount} bilion</translation>
    </message>
    <message>
        <source>Monthly figures from {file}, at {rate} RM per US$:</source>
        <translation>Angka bulanan daripada {file}, pada {rate} RM setiap US$:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Year to date against the required pace (required × months/12):</source>
        <translation>Tahun hingga kini berbanding rentak diperlukan (diperlukan × bulan/12):</translation>
    </message>
    <message>
        <source>Latest twelve months ({first}–{last}): {amount}</source>
        <translation>Dua belas bulan terkini ({first}–{last}): {amount}</translation>
    </message>
    <message>
        <source>%n row(s) left out:</source>
        <translation>%n baris diketepikan:</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Baris {line}: {message}</translation>
    </message>
    <message>
        <source>unknown command &apos;{word}&apos; (did you mean {command}?)</source>
        <translation>arahan tidak dikenali &apos;{word}&apos; (adakah maksud anda {command}?)</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a command, and there is no such file to open in the window (the commands are {commands}).</source>
        <translation>&apos;{word}&apos; bukan arahan, dan tiada fail sedemikian untuk dibuka dalam tetingkap (arahan yang ada: {commands}).</translation>
    </message>
    <message>
        <source>unknown command &apos;{word}&apos; (the commands are {commands}).</source>
        <translation>arahan tidak dikenali &apos;{word}&apos; (arahan yang ada: {commands}).</translation>
    </message>
    <message>
        <source>could not write the output ({reason}).</source>
        <translation>tidak dapat menulis output ({reason}).</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Scenario</source>
        <translation>Senario</translation>
    </message>
    <message>
        <source>Rate (RM per US$)</source>
        <translation>Kadar (RM setiap US$)</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Tahun sasaran</translation>
    </message>
    <message>
        <source>Required growth</source>
        <translation>Pertumbuhan diperlukan</translation>
    </message>
    <message>
        <source>Observed growth</source>
        <translation>Pertumbuhan dicerap</translation>
    </message>
    <message>
        <source>Catch-up growth</source>
        <translation>Pertumbuhan kejar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reached at trend</source>
        <translation>Tercapai pada trend</translation>
    </message>
    <message>
        <source>The growth a year still needed from the latest figure to reach the target by the target year; none when the target is met or no year is left.</source>
        <translation>Pertumbuhan setahun yang masih diperlukan dari angka terkini untuk mencapai sasaran menjelang tahun sasaran; tiada apabila sasaran tercapai atau tiada tahun lagi.</translation>
    </message>
    <message>
        <source>The year the target is met if trade keeps growing at the observed rate.</source>
        <translation>Tahun sasaran akan tercapai jika perdagangan terus berkembang pada kadar pertumbuhan dicerap.</translation>
    </message>
    <message>
        <source>Not at this trend</source>
        <translation>Tidak tercapai pada trend ini</translation>
    </message>
    <message>
        <source>Already ({year})</source>
        <translation>Sudah tercapai ({year})</translation>
    </message>
    <message>
        <source>{year} (%n yr)</source>
        <translation>{year} (%n thn)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <source>{percent} a year</source>
        <translation>{percent} setahun</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>News article</source>
        <translation>Artikel berita</translation>
    </message>
    <message>
        <source>Prime Minister Anwar Ibrahim&apos;s official visit to Türkiye (Istanbul roundtable with Turkish and Malaysian industry)</source>
        <translation>Lawatan rasmi Perdana Menteri Anwar Ibrahim ke Türkiye (meja bulat di Istanbul bersama industri Turki dan Malaysia)</translation>
    </message>
    <message>
        <source>Wisma Putra (Malaysia&apos;s Ministry of Foreign Affairs)</source>
        <translation>Wisma Putra (Kementerian Luar Negeri Malaysia)</translation>
    </message>
    <message>
        <source>Bilateral trade, 2024</source>
        <translation>Perdagangan dua hala, 2024</translation>
    </message>
    <message>
        <source>Calendar 2024 (full year)</source>
        <translation>Tahun kalendar 2024 (setahun penuh)</translation>
    </message>
    <message>
        <source>Bilateral trade, Jan–Nov 2025</source>
        <translation>Perdagangan dua hala, Jan–Nov 2025</translation>
    </message>
    <message>
        <source>Jan–Nov 2025 (11 months)</source>
        <translation>Jan–Nov 2025 (11 bulan)</translation>
    </message>
    <message>
        <source>Bilateral trade target</source>
        <translation>Sasaran perdagangan dua hala</translation>
    </message>
    <message>
        <source>No deadline stated</source>
        <translation>Tiada tarikh akhir dinyatakan</translation>
    </message>
    <message>
        <source>Malaysia’s E&amp;E semiconductor exports to the US</source>
        <translation>Eksport semikonduktor E&amp;E Malaysia ke AS</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>lebih daripada</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Tidak dinyatakan</translation>
    </message>
    <message>
        <source>Roundtable participants</source>
        <translation>Peserta meja bulat</translation>
    </message>
    <message>
        <source>39 Turkish and 7 Malaysian companies</source>
        <translation>39 syarikat Turki dan 7 syarikat Malaysia</translation>
    </message>
    <message>
        <source>January 2026</source>
        <translation>Januari 2026</translation>
    </message>
    <message>
        <source>Official visit to Türkiye</source>
        <translation>Lawatan rasmi ke Türkiye</translation>
    </message>
    <message>
        <source>6–8 January 2026</source>
        <translation>6–8 Januari 2026</translation>
    </message>
    <message>
        <source>base</source>
        <translation>asas</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>terkini</translation>
    </message>
    <message>
        <source>target</source>
        <translation>sasaran</translation>
    </message>
    <message>
        <source>{kind}, {published}: {subject}.</source>
        <translation>{kind}, {published}: {subject}.</translation>
    </message>
    <message>
        <source>The dataset has no figure reported in both currencies to imply a rate.</source>
        <translation>Set data tidak mempunyai angka yang dilaporkan dalam kedua-dua mata wang untuk menyiratkan kadar.</translation>
    </message>
    <message>
        <source>{where}: missing field “{key}”.</source>
        <translation>{where}: tiada medan “{key}”.</translation>
    </message>
    <message>
        <source>{where}: field “{key}” has the wrong type.</source>
        <translation>{where}: medan “{key}” mempunyai jenis yang salah.</translation>
    </message>
    <message>
        <source>{where}: “{key}” is too large to be an amount.</source>
        <translation>{where}: “{key}” terlalu besar untuk menjadi amaun.</translation>
    </message>
    <message>
        <source>{where}: “{key}” must be a positive finite number, not {value}.</source>
        <translation>{where}: “{key}” mesti nombor positif terhingga, bukan {value}.</translation>
    </message>
    <message>
        <source>figure {number}</source>
        <translation>angka {number}</translation>
    </message>
    <message>
        <source>{where}: expected an object.</source>
        <translation>{where}: objek dijangka.</translation>
    </message>
    <message>
        <source>figure “{id}”</source>
        <translation>angka “{id}”</translation>
    </message>
    <message>
        <source>{where}: unknown kind “{kind}”.</source>
        <translation>{where}: jenis “{kind}” tidak diketahui.</translation>
    </message>
    <message>
        <source>{where}: “months” must be 1–12, not {months}.</source>
        <translation>{where}: “months” mesti 1–12, bukan {months}.</translation>
    </message>
    <message>
        <source>{where}: reported currency must be USD or MYR.</source>
        <translation>{where}: mata wang dilaporkan mesti USD atau MYR.</translation>
    </message>
    <message>
        <source>{where}: only an amount of money has a second value.</source>
        <translation>{where}: hanya amaun wang mempunyai nilai kedua.</translation>
    </message>
    <message>
        <source>{where}: “use_partner” is true but there is no partner value.</source>
        <translation>{where}: “use_partner” ialah true tetapi tiada nilai rakan dagang.</translation>
    </message>
    <message>
        <source>{where}: “monthly” must be a list.</source>
        <translation>{where}: “monthly” mesti senarai.</translation>
    </message>
    <message>
        <source>{where}, monthly figure {number}</source>
        <translation>{where}, angka bulanan {number}</translation>
    </message>
    <message>
        <source>{where}: no such month {year}-{month}.</source>
        <translation>{where}: bulan {year}-{month} tidak wujud.</translation>
    </message>
    <message>
        <source>{where}: {year}-{month} is given twice.</source>
        <translation>{where}: {year}-{month} diberikan dua kali.</translation>
    </message>
    <message>
        <source>{where}: “history” must be a list.</source>
        <translation>{where}: “history” mesti senarai.</translation>
    </message>
    <message>
        <source>{where}: “history” holds {count} records; at most {most} are read.</source>
        <translation>{where}: “history” mengandungi {count} rekod; paling banyak {most} dibaca.</translation>
    </message>
    <message>
        <source>{where}, history record {number}</source>
        <translation>{where}, rekod sejarah {number}</translation>
    </message>
    <message>
        <source>{where}: “year” must be from {low} to {high}, not {year}.</source>
        <translation>{where}: “year” mesti dari {low} hingga {high}, bukan {year}.</translation>
    </message>
    <message>
        <source>{where}: “reporter” must be “MYS”, “TUR” or absent.</source>
        <translation>{where}: “reporter” mesti “MYS”, “TUR” atau tiada.</translation>
    </message>
    <message>
        <source>{where}: {year} is given twice for the same reporter.</source>
        <translation>{where}: {year} diberikan dua kali bagi pelapor yang sama.</translation>
    </message>
    <message>
        <source>The dataset is larger than 1 MB; it is not a Trade Target dataset.</source>
        <translation>Set data melebihi 1 MB; ia bukan set data Trade Target.</translation>
    </message>
    <message>
        <source>The dataset</source>
        <translation>Set data</translation>
    </message>
    <message>
        <source>The file is not a Trade Target dataset.</source>
        <translation>Fail ini bukan set data Trade Target.</translation>
    </message>
    <message>
        <source>Unknown dataset format_version {version}.</source>
        <translation>format_version set data {version} tidak diketahui.</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>set data</translation>
    </message>
    <message>
        <source>{what} gives the key {key} twice in one object; give each key once.</source>
        <translation>{what} memberikan kunci {key} dua kali dalam satu objek; berikan setiap kunci sekali sahaja.</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>bersarang terlalu dalam</translation>
    </message>
    <message>
        <source>{what} is not valid JSON ({reason}).</source>
        <translation>{what} bukan JSON yang sah ({reason}).</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>sitasi</translation>
    </message>
    <message>
        <source>{where}: two figures share an id.</source>
        <translation>{where}: dua angka berkongsi id yang sama.</translation>
    </message>
    <message>
        <source>{where}, roles</source>
        <translation>{where}, peranan</translation>
    </message>
    <message>
        <source>{where}, roles: {problem}</source>
        <translation>{where}, peranan: {problem}</translation>
    </message>
    <message>
        <source>The {role} figure “{figure_id}” is not in the dataset.</source>
        <translation>Angka {role} “{figure_id}” tiada dalam set data.</translation>
    </message>
    <message>
        <source>the {role} figure “{figure_id}” is not in the dataset.</source>
        <translation>angka {role} “{figure_id}” tiada dalam set data.</translation>
    </message>
    <message>
        <source>The {role} figure must be an amount of money.</source>
        <translation>Angka {role} mesti amaun wang.</translation>
    </message>
    <message>
        <source>the {role} figure must be an amount of money.</source>
        <translation>angka {role} mesti amaun wang.</translation>
    </message>
    <message>
        <source>The {role} figure needs a year and months covered.</source>
        <translation>Angka {role} memerlukan tahun dan bulan yang diliputi.</translation>
    </message>
    <message>
        <source>the {role} figure needs a year and months covered.</source>
        <translation>angka {role} memerlukan tahun dan bulan yang diliputi.</translation>
    </message>
    <message>
        <source>The latest figure must be for a later year than the base.</source>
        <translation>Angka terkini mesti bagi tahun yang lebih lewat daripada asas.</translation>
    </message>
    <message>
        <source>the latest figure must be for a later year than the base.</source>
        <translation>angka terkini mesti bagi tahun yang lebih lewat daripada asas.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Trade Target files</source>
        <translation>Fail Trade Target</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Semua fail</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open scenarios</source>
        <translation>Buka senario</translation>
    </message>
    <message>
        <source>Save scenarios as</source>
        <translation>Simpan senario sebagai</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?</source>
        <translation>Simpan perubahan pada “{name}” dahulu?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Jika anda tidak menyimpan, perubahan anda akan hilang.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fail berubah pada cakera</translation>
    </message>
    <message>
        <source>“{name}” has been changed on disk since you opened or last saved it here, perhaps in another window.</source>
        <translation>“{name}” telah diubah pada cakera sejak anda membukanya atau kali terakhir menyimpannya di sini, mungkin dalam tetingkap lain.</translation>
    </message>
    <message>
        <source>Overwrite puts your work in its place and those changes are lost; Save As keeps both.</source>
        <translation>Tulis Ganti meletakkan kerja anda di tempatnya dan perubahan itu akan hilang; Simpan Sebagai menyimpan kedua-duanya.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Tulis Ganti</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Simpan Seb&amp;agai…</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Pulihkan kerja yang belum disimpan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksport carta</translation>
    </message>
    <message>
        <source>Width of the image in pixels ({lowest}–{highest}):</source>
        <translation>Lebar imej dalam piksel ({lowest}–{highest}):</translation>
    </message>
    <message>
        <source>Print brief</source>
        <translation>Cetak nota taklimat</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Change exchange rate</source>
        <translation>Ubah kadar pertukaran</translation>
    </message>
    <message>
        <source>Change years to target</source>
        <translation>Ubah tempoh ke sasaran</translation>
    </message>
    <message>
        <source>Change target</source>
        <translation>Ubah sasaran</translation>
    </message>
    <message>
        <source>Change base-year trade</source>
        <translation>Ubah perdagangan tahun asas</translation>
    </message>
    <message>
        <source>Change latest trade</source>
        <translation>Ubah perdagangan terkini</translation>
    </message>
    <message>
        <source>Change months covered</source>
        <translation>Ubah bulan diliputi</translation>
    </message>
    <message>
        <source>Change a figure&apos;s name</source>
        <translation>Ubah nama angka</translation>
    </message>
    <message>
        <source>Change a figure&apos;s value</source>
        <translation>Ubah nilai angka</translation>
    </message>
    <message>
        <source>Change a figure&apos;s reported currency</source>
        <translation>Ubah mata wang dilaporkan bagi angka</translation>
    </message>
    <message>
        <source>Change a figure&apos;s year</source>
        <translation>Ubah tahun angka</translation>
    </message>
    <message>
        <source>Change a figure&apos;s months covered</source>
        <translation>Ubah bulan diliputi bagi angka</translation>
    </message>
    <message>
        <source>Change a figure&apos;s period</source>
        <translation>Ubah tempoh angka</translation>
    </message>
    <message>
        <source>Change a figure&apos;s source note</source>
        <translation>Ubah nota sumber angka</translation>
    </message>
    <message>
        <source>Change a figure&apos;s partner value</source>
        <translation>Ubah nilai rakan dagang bagi angka</translation>
    </message>
    <message>
        <source>Change a figure&apos;s partner source</source>
        <translation>Ubah sumber rakan dagang bagi angka</translation>
    </message>
    <message>
        <source>Choose whose value a figure uses</source>
        <translation>Pilih nilai pelapor atau rakan dagang bagi angka</translation>
    </message>
    <message>
        <source>Change the previous year&apos;s same-months figure</source>
        <translation>Ubah angka bulan sama tahun sebelumnya</translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation>Ubah {field}</translation>
    </message>
    <message>
        <source>Change a figure&apos;s {field}</source>
        <translation>Ubah {field} bagi angka</translation>
    </message>
    <message>
        <source>Trend by {method}</source>
        <translation>Trend secara {method}</translation>
    </message>
    <message>
        <source>Choose whose report the sums use</source>
        <translation>Pilih laporan yang digunakan dalam pengiraan</translation>
    </message>
    <message>
        <source>Change the trend&apos;s window of years</source>
        <translation>Ubah julat tahun trend</translation>
    </message>
    <message>
        <source>Show {currency}</source>
        <translation>Papar {currency}</translation>
    </message>
    <message>
        <source>Reset to the article&apos;s figures</source>
        <translation>Set semula kepada angka artikel</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Senario</translation>
    </message>
    <message>
        <source>Scenario {number}</source>
        <translation>Senario {number}</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Senario baharu</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Pendua senario</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Namakan semula senario</translation>
    </message>
    <message>
        <source>Delete scenario “{name}”</source>
        <translation>Padam senario “{name}”</translation>
    </message>
    <message>
        <source>Show scenario on the chart</source>
        <translation>Tunjukkan senario pada carta</translation>
    </message>
    <message>
        <source>Hide scenario on the chart</source>
        <translation>Sembunyikan senario pada carta</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Tambah angka</translation>
    </message>
    <message>
        <source>Remove a figure</source>
        <translation>Alih keluar angka</translation>
    </message>
    <message>
        <source>Import %n monthly figure(s)</source>
        <translation>Import %n angka bulanan</translation>
    </message>
    <message>
        <source>Remove the monthly figures</source>
        <translation>Alih keluar angka bulanan</translation>
    </message>
    <message>
        <source>Import %n year(s) of annual history</source>
        <translation>Import %n tahun sejarah tahunan</translation>
    </message>
    <message>
        <source>Remove the annual history</source>
        <translation>Alih keluar sejarah tahunan</translation>
    </message>
    <message>
        <source>Annualise by {method}</source>
        <translation>Setahunkan secara {method}</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>A trend over a window of years needs the annual history of at least two years in that window; import the history or choose another window.</source>
        <translation>Trend bagi julat tahun memerlukan sejarah tahunan sekurang-kurangnya dua tahun dalam julat itu; import sejarah atau pilih julat lain.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image</source>
        <translation>Imej PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Lukisan SVG</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Buku kerja Excel</translation>
    </message>
    <message>
        <source>CSV, comma-separated values</source>
        <translation>CSV, nilai dipisahkan koma</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokumen PDF</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated values with decimal commas</source>
        <translation>CSV, nilai dipisahkan koma bertitik, dengan koma perpuluhan</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Tidak dapat mengeksport</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksport carta</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Eksport jadual</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Eksport nota taklimat</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Tidak dapat mencetak</translation>
    </message>
    <message>
        <source>Could not print to “{name}”: check that its folder exists and can be written to.</source>
        <translation>Tidak dapat mencetak ke “{name}”: pastikan foldernya wujud dan boleh ditulis.</translation>
    </message>
    <message>
        <source>The printer “{printer}” could not be started.</source>
        <translation>Pencetak “{printer}” tidak dapat dimulakan.</translation>
    </message>
</context>
<context>
    <name>FigureEdits</name>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Reported currency</source>
        <translation>Mata wang dilaporkan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>Bulan diliputi</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Nota sumber</translation>
    </message>
    <message>
        <source>{label}: enter text.</source>
        <translation>{label}: masukkan teks.</translation>
    </message>
    <message>
        <source>{label}: holds a character that is not text.</source>
        <translation>{label}: mengandungi aksara yang bukan teks.</translation>
    </message>
    <message>
        <source>{label}: a figure needs a name.</source>
        <translation>{label}: angka memerlukan nama.</translation>
    </message>
    <message>
        <source>{label}: at most {most} characters.</source>
        <translation>{label}: paling banyak {most} aksara.</translation>
    </message>
    <message>
        <source>{label}: “{figure}” is not an amount of money.</source>
        <translation>{label}: “{figure}” bukan amaun wang.</translation>
    </message>
    <message>
        <source>Partner&apos;s value</source>
        <translation>Nilai rakan dagang</translation>
    </message>
    <message>
        <source>Partner&apos;s source</source>
        <translation>Sumber rakan dagang</translation>
    </message>
    <message>
        <source>Use the partner&apos;s value</source>
        <translation>Guna nilai rakan dagang</translation>
    </message>
    <message>
        <source>Previous year, same months</source>
        <translation>Tahun sebelumnya, bulan sama</translation>
    </message>
    <message>
        <source>{label}: enter a number.</source>
        <translation>{label}: masukkan nombor.</translation>
    </message>
    <message>
        <source>{label}: enter a finite number.</source>
        <translation>{label}: masukkan nombor terhingga.</translation>
    </message>
    <message>
        <source>{label}: must be greater than zero.</source>
        <translation>{label}: mesti lebih besar daripada sifar.</translation>
    </message>
    <message>
        <source>{label}: at most {most} billion.</source>
        <translation>{label}: paling banyak {most} bilion.</translation>
    </message>
    <message>
        <source>{label}: yes or no.</source>
        <translation>{label}: ya atau tidak.</translation>
    </message>
    <message>
        <source>{label}: enter the partner&apos;s value for “{figure}” first.</source>
        <translation>{label}: masukkan nilai rakan dagang bagi “{figure}” dahulu.</translation>
    </message>
    <message>
        <source>{label}: USD or MYR.</source>
        <translation>{label}: USD atau MYR.</translation>
    </message>
    <message>
        <source>{label}: a year from {low} to {high}.</source>
        <translation>{label}: tahun dari {low} hingga {high}.</translation>
    </message>
    <message>
        <source>{label}: a whole number from {low} to {high}.</source>
        <translation>{label}: nombor bulat dari {low} hingga {high}.</translation>
    </message>
    <message>
        <source>The sums need a figure for a later year than the base year ({year}); this change would leave none.</source>
        <translation>Pengiraan memerlukan angka bagi tahun yang lebih lewat daripada tahun asas ({year}); perubahan ini tidak akan meninggalkan sebarang angka sedemikian.</translation>
    </message>
    <message>
        <source>“{field}” cannot be edited.</source>
        <translation>“{field}” tidak boleh disunting.</translation>
    </message>
    <message>
        <source>There is no figure “{id}”.</source>
        <translation>Tiada angka “{id}”.</translation>
    </message>
    <message>
        <source>{label}: “{figure}” is not a trade figure.</source>
        <translation>{label}: “{figure}” bukan angka perdagangan.</translation>
    </message>
    <message>
        <source>Bilateral trade, {year}</source>
        <translation>Perdagangan dua hala, {year}</translation>
    </message>
    <message>
        <source>Calendar {year} (full year)</source>
        <translation>Tahun kalendar {year} (setahun penuh)</translation>
    </message>
    <message>
        <source>{year}, %n month(s)</source>
        <translation>{year}, %n bulan</translation>
    </message>
    <message>
        <source>The base-year figure cannot be removed: the sums start there.</source>
        <translation>Angka tahun asas tidak boleh dialih keluar: pengiraan bermula di situ.</translation>
    </message>
    <message>
        <source>The target cannot be removed.</source>
        <translation>Sasaran tidak boleh dialih keluar.</translation>
    </message>
    <message>
        <source>Annual history: the record of {year} cannot be used; years run from {low} to {high}, amounts are more than zero and at most {most} billion.</source>
        <translation>Sejarah tahunan: rekod {year} tidak boleh digunakan; tahun adalah dari {low} hingga {high}, amaun lebih daripada sifar dan paling banyak {most} bilion.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Base year</source>
        <translation>Tahun asas</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Terkini</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Digunakan sebagai</translation>
    </message>
    <message>
        <source>As reported</source>
        <translation>Seperti dilaporkan</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Other currency (derived)</source>
        <translation>Mata wang lain (terbitan)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>Source quote or note</source>
        <translation>Petikan atau nota sumber</translation>
    </message>
    <message>
        <source>Partner&apos;s value</source>
        <translation>Nilai rakan dagang</translation>
    </message>
    <message>
        <source>Partner&apos;s source</source>
        <translation>Sumber rakan dagang</translation>
    </message>
    <message>
        <source>Use partner&apos;s</source>
        <translation>Guna rakan dagang</translation>
    </message>
    <message>
        <source>Partner vs reporter</source>
        <translation>Rakan dagang vs pelapor</translation>
    </message>
    <message>
        <source>Previous year, same months</source>
        <translation>Tahun sebelumnya, bulan sama</translation>
    </message>
    <message>
        <source>Converted through the exchange rate you set; not a figure from the source.</source>
        <translation>Ditukar melalui kadar pertukaran yang anda tetapkan; bukan angka daripada sumber.</translation>
    </message>
    <message>
        <source>Which figures the sums use. “Latest” is the newest trade figure after the base year: add a newer one and every result follows it.</source>
        <translation>Angka yang digunakan dalam pengiraan. “Terkini” ialah angka perdagangan terbaharu selepas tahun asas: tambah angka yang lebih baharu dan setiap hasil akan mengikutinya.</translation>
    </message>
    <message>
        <source>The article&apos;s own words, quoted in the original English, or your note on a figure you added.</source>
        <translation>Kata-kata artikel itu sendiri, dipetik dalam bahasa Inggeris asal, atau nota anda tentang angka yang anda tambah.</translation>
    </message>
    <message>
        <source>The same trade as the partner country&apos;s statistics report it (Türkiye&apos;s exports to Malaysia are Malaysia&apos;s imports from Türkiye), in the same currency and period. Double-click to enter; clear it to remove.</source>
        <translation>Perdagangan yang sama seperti yang dilaporkan oleh statistik negara rakan dagang (eksport Türkiye ke Malaysia ialah import Malaysia dari Türkiye), dalam mata wang dan tempoh yang sama. Klik dua kali untuk memasukkan; kosongkan untuk mengalih keluar.</translation>
    </message>
    <message>
        <source>Tick to make the sums use the partner&apos;s value instead of the reporter&apos;s.</source>
        <translation>Tandakan supaya pengiraan menggunakan nilai rakan dagang, bukan nilai negara pelapor.</translation>
    </message>
    <message>
        <source>How far the partner&apos;s value is from the reporter&apos;s, as a share of the reporter&apos;s.</source>
        <translation>Sejauh mana nilai rakan dagang berbeza daripada nilai negara pelapor, sebagai bahagian daripada nilai negara pelapor.</translation>
    </message>
    <message>
        <source>For the latest figure: the previous year&apos;s trade over the same months, which same-period annualisation needs.</source>
        <translation>Bagi angka terkini: perdagangan tahun sebelumnya dalam bulan yang sama, yang diperlukan oleh penyetahunan tempoh sama.</translation>
    </message>
    <message>
        <source>{qualifier} {symbol}{amount} billion</source>
        <translation>{qualifier} {symbol}{amount} bilion</translation>
    </message>
    <message>
        <source>{symbol}{amount} billion</source>
        <translation>{symbol}{amount} bilion</translation>
    </message>
    <message>
        <source>≈ {qualifier} {amount}</source>
        <translation>≈ {qualifier} {amount}</translation>
    </message>
    <message>
        <source>≈ {amount}</source>
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <comment>the article&apos;s words, always shown in the original English; a translation may say so, e.g. “{quote}” (in English)</comment>
        <translation>“{quote}” (dalam bahasa Inggeris)</translation>
    </message>
    <message>
        <source>Added by you: {note}</source>
        <translation>Ditambah oleh anda: {note}</translation>
    </message>
    <message>
        <source>Added by you.</source>
        <translation>Ditambah oleh anda.</translation>
    </message>
    <message>
        <source>“{quote}”

{citation}</source>
        <comment>the article&apos;s words in the original English, then where they were published</comment>
        <translation>“{quote}” (dalam bahasa Inggeris asal)

{citation}</translation>
    </message>
    <message>
        <source>Billions, in the currency the source reported. Double-click to correct.</source>
        <translation>Bilion, dalam mata wang yang dilaporkan oleh sumber. Klik dua kali untuk membetulkan.</translation>
    </message>
    <message>
        <source>Not an amount of money: nothing to convert.</source>
        <translation>Bukan amaun wang: tiada apa-apa untuk ditukar.</translation>
    </message>
    <message>
        <source>Derived, not reported: converted at {rate} RM per US$ (the rate in the inputs).</source>
        <translation>Terbitan, bukan dilaporkan: ditukar pada {rate} RM setiap US$ (kadar dalam input).</translation>
    </message>
    <message>
        <source>The article&apos;s own conversion: {symbol}{amount} billion.</source>
        <translation>Penukaran oleh artikel sendiri: {symbol}{amount} bilion.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>Bulan diliputi</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Untitled</source>
        <translation>Tanpa tajuk</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Tidak dapat membuka fail</translation>
    </message>
    <message>
        <source>Could not restore unsaved work</source>
        <translation>Tidak dapat memulihkan kerja yang belum disimpan</translation>
    </message>
    <message>
        <source>The work autosaved before Trade Target last closed cannot be read: {error}</source>
        <translation>Kerja yang disimpan secara automatik sebelum Trade Target kali terakhir ditutup tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>Trade Target did not close normally last time. Restore the unsaved work on “{name}” that was autosaved (scenarios: {scenarios})?</source>
        <translation>Trade Target tidak ditutup dengan normal kali terakhir. Pulihkan kerja yang belum disimpan pada “{name}” yang telah disimpan secara automatik (senario: {scenarios})?</translation>
    </message>
    <message>
        <source>Trade Target did not close normally last time. Restore the unsaved work on a document that was never saved that was autosaved (scenarios: {scenarios})?</source>
        <translation>Trade Target tidak ditutup dengan normal kali terakhir. Pulihkan kerja yang belum disimpan pada dokumen yang tidak pernah disimpan, yang telah disimpan secara automatik (senario: {scenarios})?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <source>Your work is still open and not saved; any earlier copy of the file is unchanged. Try File › Save As to save it somewhere else.</source>
        <translation>Kerja anda masih terbuka dan belum disimpan; sebarang salinan fail yang lebih awal tidak berubah. Cuba Fail › Simpan Sebagai untuk menyimpannya di tempat lain.</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>a number of %n digit(s)</source>
        <translation>nombor %n digit</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>senarai</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>{where}missing field “{key}”.</source>
        <translation>{where}tiada medan “{key}”.</translation>
    </message>
    <message>
        <source>{where}“exchange_rate” must be a finite number of RM per US$, not {value}.</source>
        <translation>{where}“exchange_rate” mesti nombor terhingga RM setiap US$, bukan {value}.</translation>
    </message>
    <message>
        <source>{where}“exchange_rate” must be more than 0 and at most {most} RM per US$, not {value}.</source>
        <translation>{where}“exchange_rate” mesti lebih daripada 0 dan paling banyak {most} RM setiap US$, bukan {value}.</translation>
    </message>
    <message>
        <source>{where}“years_to_target” must be whole years from {low} to {high}, not {value}.</source>
        <translation>{where}“years_to_target” mesti tahun bulat dari {low} hingga {high}, bukan {value}.</translation>
    </message>
    <message>
        <source>{where}“{key}” holds text that is not valid Unicode.</source>
        <translation>{where}“{key}” mengandungi teks yang bukan Unicode yang sah.</translation>
    </message>
    <message>
        <source>“source” must be an object, not {value}.</source>
        <translation>“source” mesti objek, bukan {value}.</translation>
    </message>
    <message>
        <source>source: </source>
        <translation>sumber: </translation>
    </message>
    <message>
        <source>{where}a figure&apos;s “id” holds text that is not valid Unicode.</source>
        <translation>{where}“id” sesuatu angka mengandungi teks yang bukan Unicode yang sah.</translation>
    </message>
    <message>
        <source>{where}figure {id}: </source>
        <translation>{where}angka {id}: </translation>
    </message>
    <message>
        <source>{where}“year” must be from {low} to {high}, not {year}.</source>
        <translation>{where}“year” mesti dari {low} hingga {high}, bukan {year}.</translation>
    </message>
    <message>
        <source>scenario {number}: </source>
        <translation>senario {number}: </translation>
    </message>
    <message>
        <source>{where}expected an object, not {value}.</source>
        <translation>{where}objek dijangka, bukan {value}.</translation>
    </message>
    <message>
        <source>{where}“name” must be text, not {value}.</source>
        <translation>{where}“name” mesti teks, bukan {value}.</translation>
    </message>
    <message>
        <source>{where}“name” holds text that is not valid Unicode.</source>
        <translation>{where}“name” mengandungi teks yang bukan Unicode yang sah.</translation>
    </message>
    <message>
        <source>scenario {name}</source>
        <translation>senario {name}</translation>
    </message>
    <message>
        <source>{where}“shown” must be true or false, not {value}.</source>
        <translation>{where}“shown” mesti true atau false, bukan {value}.</translation>
    </message>
    <message>
        <source>{where}“annualisation” must be “run_rate”, “same_period” or “trailing_12”, not {value}.</source>
        <translation>{where}“annualisation” mesti “run_rate”, “same_period” atau “trailing_12”, bukan {value}.</translation>
    </message>
    <message>
        <source>{where}its amounts and exchange rate are too far apart to compute the growth.</source>
        <translation>{where}amaun dan kadar pertukarannya terlalu jauh berbeza untuk mengira pertumbuhan.</translation>
    </message>
    <message>
        <source>{where}“trend” must be an object, not {value}.</source>
        <translation>{where}“trend” mesti objek, bukan {value}.</translation>
    </message>
    <message>
        <source>{where}“trend”: “method” must be “two_point”, “compound” or “log_linear”, not {value}.</source>
        <translation>{where}“trend”: “method” mesti “two_point”, “compound” atau “log_linear”, bukan {value}.</translation>
    </message>
    <message>
        <source>{where}“trend”: “{key}” must be a year from {low} to {high}, or null, not {value}.</source>
        <translation>{where}“trend”: “{key}” mesti tahun dari {low} hingga {high}, atau null, bukan {value}.</translation>
    </message>
    <message>
        <source>{where}“trend”: the window&apos;s first year, {first}, is after its last, {last}.</source>
        <translation>{where}“trend”: tahun pertama julat, {first}, selepas tahun terakhirnya, {last}.</translation>
    </message>
    <message>
        <source>{where}“trend”: “reporter” must be “MYS”, “TUR” or “”, not {value}.</source>
        <translation>{where}“trend”: “reporter” mesti “MYS”, “TUR” atau “”, bukan {value}.</translation>
    </message>
    <message>
        <source>“{name}” gives no file format version; this version of Trade Target reads version {ours}.</source>
        <translation>“{name}” tidak menyatakan versi format fail; versi Trade Target ini membaca versi {ours}.</translation>
    </message>
    <message>
        <source>“{name}” uses file format version {found}, written by a newer Trade Target; this version of Trade Target reads version {ours}.</source>
        <translation>“{name}” menggunakan versi format fail {found}, yang ditulis oleh Trade Target yang lebih baharu; versi Trade Target ini membaca versi {ours}.</translation>
    </message>
    <message>
        <source>“{name}” gives the file format version as {found}; this version of Trade Target reads version {ours}.</source>
        <translation>“{name}” menyatakan versi format fail sebagai {found}; versi Trade Target ini membaca versi {ours}.</translation>
    </message>
    <message>
        <source>“app_version” must be text, not {value}.</source>
        <translation>“app_version” mesti teks, bukan {value}.</translation>
    </message>
    <message>
        <source>“scenarios” must be a list, not {value}.</source>
        <translation>“scenarios” mesti senarai, bukan {value}.</translation>
    </message>
    <message>
        <source>it holds no scenarios; a workbook needs at least one.</source>
        <translation>ia tidak mengandungi senario; buku kerja memerlukan sekurang-kurangnya satu.</translation>
    </message>
    <message>
        <source>two scenarios are named {name}.</source>
        <translation>dua senario dinamakan {name}.</translation>
    </message>
    <message>
        <source>“current” must be the index of a scenario, 0 to {last}, not {value}.</source>
        <translation>“current” mesti indeks senario, 0 hingga {last}, bukan {value}.</translation>
    </message>
    <message>
        <source>“display_currency” must be “USD” or “MYR”, not {value}.</source>
        <translation>“display_currency” mesti “USD” atau “MYR”, bukan {value}.</translation>
    </message>
    <message>
        <source>“autosave_of” must be a file&apos;s path or null, not {value}.</source>
        <translation>“autosave_of” mesti laluan fail atau null, bukan {value}.</translation>
    </message>
    <message>
        <source>it</source>
        <comment>the file, as a subject</comment>
        <translation>ia</translation>
    </message>
    <message>
        <source>it holds {value}, not a workbook object.</source>
        <translation>ia mengandungi {value}, bukan objek buku kerja.</translation>
    </message>
    <message>
        <source>it is a dataset, not a workbook of scenarios.</source>
        <translation>ia ialah set data, bukan buku kerja senario.</translation>
    </message>
    <message>
        <source>“format” is {value}, not “{format}”.</source>
        <translation>“format” ialah {value}, bukan “{format}”.</translation>
    </message>
    <message>
        <source>“{name}” is not a Trade Target file: {detail}</source>
        <translation>“{name}” bukan fail Trade Target: {detail}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Could not save “{name}”: the workbook would take {size}, more than the {most} a Trade Target file may take; delete some scenarios, or move some to another file.</source>
        <translation>Tidak dapat menyimpan “{name}”: buku kerja ini akan mengambil {size}, melebihi {most} yang dibenarkan bagi fail Trade Target; padamkan beberapa senario, atau pindahkan sebahagiannya ke fail lain.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{symbol}{amount} bn</source>
        <translation>{symbol}{amount} bilion</translation>
    </message>
</context>
<context>
    <name>Growth</name>
    <message>
        <source>Target met</source>
        <translation>Sasaran tercapai</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Di landasan yang betul</translation>
    </message>
    <message>
        <source>Needs acceleration</source>
        <translation>Perlu dipercepatkan</translation>
    </message>
    <message>
        <source>Limited progress</source>
        <translation>Kemajuan terhad</translation>
    </message>
    <message>
        <source>Moving away from the target</source>
        <translation>Menjauhi sasaran</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>base year to latest estimate</source>
        <translation>tahun asas hingga anggaran terkini</translation>
    </message>
    <message>
        <source>compound growth over the window</source>
        <translation>pertumbuhan berkompaun dalam julat tahun</translation>
    </message>
    <message>
        <source>log-linear fit over the window</source>
        <translation>penyuaian log-linear dalam julat tahun</translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>year (refYear)</source>
        <translation>tahun (refYear)</translation>
    </message>
    <message>
        <source>flow (flowCode)</source>
        <translation>aliran (flowCode)</translation>
    </message>
    <message>
        <source>reporter (reporterISO)</source>
        <translation>pelapor (reporterISO)</translation>
    </message>
    <message>
        <source>partner (partnerISO)</source>
        <translation>rakan dagang (partnerISO)</translation>
    </message>
    <message>
        <source>trade value (primaryValue)</source>
        <translation>nilai perdagangan (primaryValue)</translation>
    </message>
    <message>
        <source>Trade value</source>
        <translation>Nilai perdagangan</translation>
    </message>
    <message>
        <source>The header (line {line}) names a flow, as a UN Comtrade export does, but no {columns} column: export the data again with every column.</source>
        <translation>Pengepala (baris {line}) menamakan aliran, seperti eksport data UN Comtrade, tetapi tiada lajur {columns}: eksport data sekali lagi dengan semua lajur.</translation>
    </message>
    <message>
        <source>The flow is missing: write X or M.</source>
        <translation>Aliran tiada: tulis X atau M.</translation>
    </message>
    <message>
        <source>The row is not annual (freqCode {code}); export annual figures (frequency A).</source>
        <translation>Baris ini bukan tahunan (freqCode {code}); eksport angka tahunan (kekerapan A).</translation>
    </message>
    <message>
        <source>a UN Comtrade value is in US dollars.</source>
        <translation>nilai UN Comtrade adalah dalam dolar AS.</translation>
    </message>
    <message>
        <source>The row names no {role}.</source>
        <translation>Baris ini tidak menamakan {role}.</translation>
    </message>
    <message>
        <source>“{name}” is larger than {size}; a file of annual trade is smaller.</source>
        <translation>“{name}” lebih besar daripada {size}; fail perdagangan tahunan lebih kecil daripada itu.</translation>
    </message>
    <message>
        <source>“{name}” is not a text file: save the figures as CSV (comma- or semicolon-separated values).</source>
        <translation>“{name}” bukan fail teks: simpan angka sebagai CSV (nilai dipisahkan koma atau koma bertitik).</translation>
    </message>
    <message>
        <source>This is not text: save the figures as CSV (comma- or semicolon-separated values).</source>
        <translation>Ini bukan teks: simpan angka sebagai CSV (nilai dipisahkan koma atau koma bertitik).</translation>
    </message>
    <message>
        <source>The text is longer than {size}; a file of annual trade is shorter.</source>
        <translation>Teks ini melebihi {size}; fail perdagangan tahunan lebih pendek daripada itu.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Fail ini kosong: tiada baris pengepala.</translation>
    </message>
    <message>
        <source>More than {count} rows cannot be read; is this a file of annual trade? The first, line {line}: {message}</source>
        <translation>Lebih daripada {count} baris tidak dapat dibaca; adakah ini fail perdagangan tahunan? Yang pertama, baris {line}: {message}</translation>
    </message>
    <message>
        <source>The header (line {line}) has {count} columns; a file of annual trade has fewer.</source>
        <translation>Pengepala (baris {line}) mempunyai {count} lajur; fail perdagangan tahunan mempunyai lebih sedikit lajur.</translation>
    </message>
    <message>
        <source>Line {line} is not a header row: it must name a year column and a value column, like “Year,Value (US$ bn)”, or be the header of a UN Comtrade export, with its year, reporter, partner, flow and value columns (refYear, reporterISO, partnerISO, flowCode, primaryValue).</source>
        <translation>Baris {line} bukan baris pengepala: ia mesti menamakan lajur tahun dan lajur nilai, seperti “Tahun,Nilai (US$ bn)”, atau menjadi pengepala eksport UN Comtrade, dengan lajur tahun, pelapor, rakan dagang, aliran dan nilainya (refYear, reporterISO, partnerISO, flowCode, primaryValue).</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>eksport</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>import</translation>
    </message>
    <message>
        <source>{year} is given twice: it is already on line {line}.</source>
        <translation>{year} diberikan dua kali: ia sudah ada pada baris {line}.</translation>
    </message>
    <message>
        <source>{year}, reported by {reporter}: the {flow} are given twice: they are already on line {line}.</source>
        <translation>{year}, dilaporkan oleh {reporter}: {flow} diberikan dua kali: ia sudah ada pada baris {line}.</translation>
    </message>
    <message>
        <source>{year}, reported by {reporter}: the {present} are given but not the {missing}; a year&apos;s bilateral trade is exports plus imports, so the year is left out.</source>
        <translation>{year}, dilaporkan oleh {reporter}: {present} diberikan tetapi {missing} tiada; perdagangan dua hala setahun ialah eksport tambah import, jadi tahun ini ditinggalkan.</translation>
    </message>
    <message>
        <source>{year}, reported by {reporter}: exports and imports are both zero.</source>
        <translation>{year}, dilaporkan oleh {reporter}: eksport dan import kedua-duanya sifar.</translation>
    </message>
    <message>
        <source>No year could be read. Line {line}: {message}</source>
        <translation>Tiada tahun yang dapat dibaca. Baris {line}: {message}</translation>
    </message>
    <message>
        <source>None of the %n row(s) is Malaysia–Türkiye trade in goods: export from UN Comtrade with Malaysia and Türkiye as reporters and partners, commodity TOTAL, flows exports and imports.</source>
        <translation>Tiada satu pun daripada %n baris ialah perdagangan barangan Malaysia–Türkiye: eksport daripada UN Comtrade dengan Malaysia dan Türkiye sebagai pelapor dan rakan dagang, komoditi TOTAL, aliran eksport dan import.</translation>
    </message>
    <message>
        <source>The file has a header row but no years.</source>
        <translation>Fail ini mempunyai baris pengepala tetapi tiada tahun.</translation>
    </message>
    <message>
        <source>%n row(s) about other countries, flows or commodities left out: they are not Malaysia–Türkiye trade in goods.</source>
        <translation>%n baris tentang negara, aliran atau komoditi lain ditinggalkan: ia bukan perdagangan barangan Malaysia–Türkiye.</translation>
    </message>
    <message>
        <source>A cell is too long to be a year&apos;s figure.</source>
        <translation>Satu sel terlalu panjang untuk menjadi angka setahun.</translation>
    </message>
    <message>
        <source>The year is missing.</source>
        <translation>Tahun tiada.</translation>
    </message>
    <message>
        <source>“{text}” is not a year: write it with four digits, like 2019.</source>
        <translation>“{text}” bukan tahun: tulis dengan empat digit, seperti 2019.</translation>
    </message>
    <message>
        <source>{year} is not a year of the history: years from {first} to {last} are read (a year after the current one has no figure yet).</source>
        <translation>{year} bukan tahun sejarah: tahun dari {first} hingga {last} dibaca (tahun selepas tahun semasa belum mempunyai angka).</translation>
    </message>
    <message>
        <source>{label}: no figure.</source>
        <translation>{label}: tiada angka.</translation>
    </message>
    <message>
        <source>{label}: “{text}” is not a finite number.</source>
        <translation>{label}: “{text}” bukan nombor terhingga.</translation>
    </message>
    <message>
        <source>{label}: trade cannot be negative.</source>
        <translation>{label}: perdagangan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>{label}: {amount} billion in one year is far more than this trade; {hint}</source>
        <translation>{label}: {amount} bilion dalam setahun jauh melebihi perdagangan ini; {hint}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>The header (line {line}) has two value columns, “{first}” and “{second}”; keep one.</source>
        <translation>Pengepala (baris {line}) mempunyai dua lajur nilai, “{first}” dan “{second}”; kekalkan satu.</translation>
    </message>
    <message>
        <source>The value&apos;s heading names two currencies or two units.</source>
        <translation>Tajuk lajur nilai menamakan dua mata wang atau dua unit.</translation>
    </message>
    <message>
        <source>The file does not say which currency the values are in: add a Currency column (MYR, RM, USD or US$), or write it in the value&apos;s heading, like “Value (US$ bn)”.</source>
        <translation>Fail ini tidak menyatakan mata wang bagi nilai: tambah lajur Mata wang (MYR, RM, USD atau US$), atau tulis dalam tajuk lajur nilai, seperti “Nilai (US$ bn)”.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>Nilai mesti lebih besar daripada sifar.</translation>
    </message>
    <message>
        <source>values are read as billions: if they are in millions, say so in the heading, like “Value (US$ million)”.</source>
        <translation>nilai dibaca sebagai bilion: jika nilai dalam juta, nyatakannya dalam tajuk lajur, seperti “Nilai (US$ juta)”.</translation>
    </message>
    <message>
        <source>No currency: write MYR, RM, USD or US$.</source>
        <translation>Tiada mata wang: tulis MYR, RM, USD atau US$.</translation>
    </message>
    <message>
        <source>“{text}” is not a currency: write MYR, RM, USD or US$.</source>
        <translation>“{text}” bukan mata wang: tulis MYR, RM, USD atau US$.</translation>
    </message>
    <message>
        <source>The row says {row}, but the value&apos;s heading says {heading}.</source>
        <translation>Baris ini menyatakan {row}, tetapi tajuk lajur nilai menyatakan {heading}.</translation>
    </message>
    <message>
        <source>The row has {count} cells but the header names {width} columns: is a decimal comma splitting a value? Put such values in quotes, or separate the columns with semicolons.</source>
        <translation>Baris ini mempunyai {count} sel tetapi pengepala menamakan {width} lajur: adakah koma perpuluhan memisahkan sesuatu nilai? Letakkan nilai sedemikian dalam tanda petik, atau pisahkan lajur dengan koma bertitik.</translation>
    </message>
    <message>
        <source>The values are in {currency}; only US$ and RM figures can be used. Convert them to one of these first.</source>
        <translation>Nilai adalah dalam {currency}; hanya angka US$ dan RM boleh digunakan. Tukarkannya kepada salah satu mata wang ini dahulu.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Malaysia&apos;s report</source>
        <translation>Laporan Malaysia</translation>
    </message>
    <message>
        <source>Türkiye&apos;s report</source>
        <translation>Laporan Türkiye</translation>
    </message>
    <message>
        <source>Report not named</source>
        <translation>Pelapor tidak dinyatakan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>{report}
({symbol} bn)</source>
        <translation>{report}
({symbol} bn)</translation>
    </message>
    <message>
        <source>The trend and the chance use this report.</source>
        <translation>Trend dan peluang menggunakan laporan ini.</translation>
    </message>
    <message>
        <source>Shown for comparison; the sums use another report.</source>
        <translation>Dipaparkan sebagai perbandingan; pengiraan menggunakan laporan lain.</translation>
    </message>
    <message>
        <source>Reported as {amount}; converted at {rate} RM per US$.</source>
        <translation>Dilaporkan sebagai {amount}; ditukar pada {rate} RM bagi setiap US$.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>CSV files</source>
        <translation>Fail CSV</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Semua fail</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Baris {line}: {message}</translation>
    </message>
    <message>
        <source>%n row(s) of the file left out:</source>
        <translation>%n baris dalam fail diketepikan:</translation>
    </message>
    <message>
        <source>No annual history yet. Import a CSV file of yearly bilateral trade (a UN Comtrade export, or two columns: year and value with its currency) to take the trend from it and see the chance of reaching the target.</source>
        <translation>Belum ada sejarah tahunan. Import fail CSV perdagangan dua hala tahunan (eksport UN Comtrade, atau dua lajur: tahun dan nilai dengan mata wangnya) untuk mengambil trend daripadanya dan melihat peluang mencapai sasaran.</translation>
    </message>
    <message>
        <source>Annual history</source>
        <translation>Sejarah tahunan</translation>
    </message>
    <message>
        <source>The year-by-year bilateral trade behind the trend, as you import it. The app ships no history of its own: every number here comes from your file.</source>
        <translation>Perdagangan dua hala tahun demi tahun di sebalik trend, seperti yang anda import. Aplikasi ini tidak membawa sejarahnya sendiri: setiap nombor di sini datang daripada fail anda.</translation>
    </message>
    <message>
        <source>Import annual history…</source>
        <translation>Import sejarah tahunan…</translation>
    </message>
    <message>
        <source>Import annual history</source>
        <translation>Import sejarah tahunan</translation>
    </message>
    <message>
        <source>Read a CSV file of yearly bilateral trade: a UN Comtrade export, or a year column and a value column with its currency. A year imported again takes the new value.</source>
        <translation>Baca fail CSV perdagangan dua hala tahunan: eksport UN Comtrade, atau lajur tahun dan lajur nilai dengan mata wangnya. Tahun yang diimport semula mengambil nilai baharu.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Kosongkan sejarah</translation>
    </message>
    <message>
        <source>Removes the annual history from this scenario; the trend goes back to the base year and the latest estimate. Edit › Undo brings it back.</source>
        <translation>Mengalih keluar sejarah tahunan daripada senario ini; trend kembali kepada tahun asas dan anggaran terkini. Edit › Buat asal mengembalikannya.</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Masalah import</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Baris diketepikan</translation>
    </message>
    <message>
        <source>Each row of the file that could not be read, with its line number and what is wrong with it</source>
        <translation>Setiap baris fail yang tidak dapat dibaca, berserta nombor barisnya dan masalahnya</translation>
    </message>
    <message>
        <source>Annual history by report</source>
        <translation>Sejarah tahunan mengikut laporan</translation>
    </message>
    <message>
        <source>A row a year, a column for each country&apos;s report of the same trade; the report the sums use is in bold</source>
        <translation>Satu baris setahun, satu lajur bagi laporan setiap negara tentang perdagangan yang sama; laporan yang digunakan dalam pengiraan ditebalkan</translation>
    </message>
    <message>
        <source>Sums use:</source>
        <translation>Pengiraan guna:</translation>
    </message>
    <message>
        <source>Report the sums use</source>
        <translation>Laporan yang digunakan dalam pengiraan</translation>
    </message>
    <message>
        <source>Malaysia&apos;s exports to Türkiye are Türkiye&apos;s imports from Malaysia: the two countries report the same trade differently. The trend and the chance use the report chosen here.</source>
        <translation>Eksport Malaysia ke Türkiye ialah import Türkiye dari Malaysia: kedua-dua negara melaporkan perdagangan yang sama secara berbeza. Trend dan peluang menggunakan laporan yang dipilih di sini.</translation>
    </message>
    <message>
        <source>Window from:</source>
        <translation>Julat dari:</translation>
    </message>
    <message>
        <source>First year of the window</source>
        <translation>Tahun pertama julat</translation>
    </message>
    <message>
        <source>The first year the trend and the chance are taken over</source>
        <translation>Tahun pertama yang diambil kira bagi trend dan peluang</translation>
    </message>
    <message>
        <source>Window to:</source>
        <translation>Julat hingga:</translation>
    </message>
    <message>
        <source>Last year of the window</source>
        <translation>Tahun terakhir julat</translation>
    </message>
    <message>
        <source>The last year the trend and the chance are taken over</source>
        <translation>Tahun terakhir yang diambil kira bagi trend dan peluang</translation>
    </message>
    <message>
        <source>Trend by:</source>
        <translation>Trend secara:</translation>
    </message>
    <message>
        <source>Trend method</source>
        <translation>Kaedah trend</translation>
    </message>
    <message>
        <source>How the observed growth is taken: from the base year to the latest estimate, as compound growth between the window&apos;s first and last years, or as a log-linear fit through every year of the window</source>
        <translation>Cara pertumbuhan dicerap diambil: dari tahun asas hingga anggaran terkini, sebagai pertumbuhan berkompaun antara tahun pertama dan terakhir julat, atau sebagai penyuaian log-linear melalui setiap tahun dalam julat</translation>
    </message>
    <message>
        <source>Problem with the trend</source>
        <translation>Masalah dengan trend</translation>
    </message>
    <message>
        <source>Observed growth and its method</source>
        <translation>Pertumbuhan dicerap dan kaedahnya</translation>
    </message>
    <message>
        <source>Ups and downs of the window</source>
        <translation>Turun naik dalam julat tahun</translation>
    </message>
    <message>
        <source>Chance of reaching the target</source>
        <translation>Peluang mencapai sasaran</translation>
    </message>
    <message>
        <source>Years the chance passes 50 % and 90 %</source>
        <translation>Tahun peluang melepasi 50 % dan 90 %</translation>
    </message>
    <message>
        <source>Why there is no chance shown</source>
        <translation>Sebab tiada peluang dipaparkan</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>{percent} a year</source>
        <translation>{percent} setahun</translation>
    </message>
    <message>
        <source>None: the target is met</source>
        <translation>Tiada: sasaran tercapai</translation>
    </message>
    <message>
        <source>The latest estimate is already at or above the target.</source>
        <translation>Anggaran terkini sudah mencapai atau melebihi sasaran.</translation>
    </message>
    <message>
        <source>No year left</source>
        <translation>Tiada tahun lagi</translation>
    </message>
    <message>
        <source>The target year {target_year} is not after the latest year {latest_year}.</source>
        <translation>Tahun sasaran {target_year} tidak selepas tahun terkini {latest_year}.</translation>
    </message>
    <message>
        <source>({target} ÷ {latest})^(1/{years}) − 1: from {latest_year} to the target by {target_year}.</source>
        <translation>({target} ÷ {latest})^(1/{years}) − 1: dari {latest_year} hingga sasaran menjelang {target_year}.</translation>
    </message>
    <message>
        <source>({target} ÷ {latest})^(1/{years}) − 1: from the {latest_year} estimate to the target by {target_year}.</source>
        <translation>({target} ÷ {latest})^(1/{years}) − 1: dari anggaran {latest_year} hingga sasaran menjelang {target_year}.</translation>
    </message>
    <message>
        <source>By log-linear fit over {first}–{last} ({report}): e^(slope of ln value on year) − 1.</source>
        <translation>Secara penyuaian log-linear bagi {first}–{last} ({report}): e^(kecerunan ln nilai terhadap tahun) − 1.</translation>
    </message>
    <message>
        <source>By compound growth over {first}–{last} ({report}): ({last} ÷ {first})^(1/{span}) − 1.</source>
        <translation>Secara pertumbuhan berkompaun bagi {first}–{last} ({report}): ({last} ÷ {first})^(1/{span}) − 1.</translation>
    </message>
    <message>
        <source>Observed growth: {growth}, from the base year {base_year} to the {latest_year} estimate. Choose a method to take it from the history.</source>
        <translation>Pertumbuhan dicerap: {growth}, dari tahun asas {base_year} hingga anggaran {latest_year}. Pilih kaedah untuk mengambilnya daripada sejarah tahunan.</translation>
    </message>
    <message>
        <source>Observed growth: {growth}, by {method} ({first}–{last}).</source>
        <translation>Pertumbuhan dicerap: {growth}, secara {method} ({first}–{last}).</translation>
    </message>
    <message>
        <source>Year-on-year log growth {first}–{last} ({report}): mean μ = {mean}, standard deviation σ = {deviation}, from %n growth(s).</source>
        <translation>Pertumbuhan log tahun ke tahun {first}–{last} ({report}): min μ = {mean}, sisihan piawai σ = {deviation}, daripada %n pertumbuhan.</translation>
    </message>
    <message>
        <source>P = 1 − Φ((ln(T ÷ L) − nμ) ÷ (σ√n)), with L = {latest} ({latest_year}), T = {target}, n = {years}, μ = {mean}, σ = {deviation}.</source>
        <translation>P = 1 − Φ((ln(T ÷ L) − nμ) ÷ (σ√n)), dengan L = {latest} ({latest_year}), T = {target}, n = {years}, μ = {mean}, σ = {deviation}.</translation>
    </message>
    <message>
        <source>The chance does not pass {level} within %n year(s) of {latest_year}.</source>
        <translation>Peluang tidak melepasi {level} dalam tempoh %n tahun selepas {latest_year}.</translation>
    </message>
    <message>
        <source>The chance passes {level} in {year}.</source>
        <translation>Peluang melepasi {level} pada {year}.</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <source>&amp;Rate (RM per US$)</source>
        <translation>&amp;Kadar (RM setiap US$)</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Kadar pertukaran</translation>
    </message>
    <message>
        <source>Ringgit per US dollar used to convert every figure</source>
        <translation>Ringgit bagi setiap dolar AS, digunakan untuk menukar semua angka</translation>
    </message>
    <message>
        <source>&amp;Years to target</source>
        <translation>&amp;Tempoh ke sasaran (tahun)</translation>
    </message>
    <message>
        <source>Years to target</source>
        <translation>Tempoh ke sasaran (tahun)</translation>
    </message>
    <message>
        <source>Years from the base year by which the target should be reached</source>
        <translation>Bilangan tahun dari tahun asas untuk mencapai sasaran</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>The trade target, in billions of the currency it was announced in</source>
        <translation>Sasaran perdagangan, dalam bilion, mengikut mata wang yang digunakan semasa ia diumumkan</translation>
    </message>
    <message>
        <source>Base-year trade</source>
        <translation>Perdagangan tahun asas</translation>
    </message>
    <message>
        <source>Trade in the base year as reported, in billions; growth is measured from it</source>
        <translation>Perdagangan pada tahun asas seperti yang dilaporkan, dalam bilion; pertumbuhan diukur daripadanya</translation>
    </message>
    <message>
        <source>Latest trade</source>
        <translation>Perdagangan terkini</translation>
    </message>
    <message>
        <source>The latest reported trade figure, in billions, possibly for part of a year</source>
        <translation>Angka perdagangan terkini yang dilaporkan, dalam bilion, mungkin bagi sebahagian tahun sahaja</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>Bulan diliputi</translation>
    </message>
    <message>
        <source>How many months of the year the latest figure covers; it is scaled to 12</source>
        <translation>Bilangan bulan dalam tahun itu yang diliputi oleh angka terkini; angka itu diskalakan kepada 12 bulan</translation>
    </message>
    <message>
        <source>Run-rate (× 12/months)</source>
        <translation>Unjuran kadar larian (× 12/bulan)</translation>
    </message>
    <message>
        <source>Same months a year earlier</source>
        <translation>Bulan sama setahun sebelumnya</translation>
    </message>
    <message>
        <source>Trailing twelve months</source>
        <translation>Dua belas bulan terkini</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>{description}. Up and Down arrows step the value.</source>
        <translation>{description}. Kekunci anak panah Atas dan Bawah menaikkan atau menurunkan nilai.</translation>
    </message>
    <message>
        <source>Default: the rate the article&apos;s own figures imply (RM{ringgit} bn = US${dollars} bn).</source>
        <translation>Lalai: kadar yang tersirat daripada angka artikel itu sendiri (RM{ringgit} bilion = US${dollars} bilion).</translation>
    </message>
    <message>
        <source>Show amounts in</source>
        <translation>Mata wang paparan</translation>
    </message>
    <message>
        <source>Currency of every amount in the summary, the chart and the tables</source>
        <translation>Mata wang bagi setiap amaun dalam ringkasan, carta dan jadual</translation>
    </message>
    <message>
        <source>Show amounts &amp;in</source>
        <translation>Mata &amp;wang paparan</translation>
    </message>
    <message>
        <source>&amp;Whole-year estimate</source>
        <translation>&amp;Cara anggaran setahun penuh</translation>
    </message>
    <message>
        <source>Whole-year estimate</source>
        <translation>Cara anggaran setahun penuh</translation>
    </message>
    <message>
        <source>How the latest part-year figure is made a full year: run-rate, growth over the same months a year earlier, or the trailing twelve months</source>
        <translation>Cara angka sebahagian tahun terkini dijadikan setahun penuh: unjuran kadar larian (run-rate), pertumbuhan berbanding bulan yang sama setahun sebelumnya, atau dua belas bulan terkini</translation>
    </message>
    <message>
        <source>S&amp;ource figures (advanced)</source>
        <translation>Angka sumber (lan&amp;jutan)</translation>
    </message>
    <message>
        <source>Source figures (advanced)</source>
        <translation>Angka sumber (lanjutan)</translation>
    </message>
    <message>
        <source>Shows or hides the base-year and latest trade figures the growth is worked out from</source>
        <translation>Menunjukkan atau menyembunyikan angka perdagangan tahun asas dan terkini yang menjadi asas pengiraan pertumbuhan</translation>
    </message>
    <message>
        <source>Reset to the &amp;article&apos;s figures</source>
        <translation>Set semula kepada angka &amp;artikel</translation>
    </message>
    <message>
        <source>Reset to the article&apos;s figures</source>
        <translation>Set semula kepada angka artikel</translation>
    </message>
    <message>
        <source>Puts every input back to the figures in the source article (Undo brings yours back)</source>
        <translation>Mengembalikan setiap input kepada angka dalam artikel sumber (Buat Asal mengembalikan nilai anda)</translation>
    </message>
    <message>
        <source>&amp;Target ({symbol} bn)</source>
        <translation>Sasa&amp;ran ({symbol} bilion)</translation>
    </message>
    <message>
        <source>{figure} ({symbol} &amp;bn, reported)</source>
        <translation>{figure} ({symbol} bi&amp;lion, dilaporkan)</translation>
    </message>
    <message>
        <source>{figure} ({symbol} bn, re&amp;ported)</source>
        <translation>{figure} ({symbol} bilion, dilap&amp;orkan)</translation>
    </message>
    <message>
        <source>Months &amp;covered by the {year} figure</source>
        <translation>Bulan d&amp;iliputi angka {year}</translation>
    </message>
    <message>
        <source>Target year {target_year}. An assumption: the source states no deadline ({min}–{max} years from {base_year}).</source>
        <translation>Tahun sasaran {target_year}. Satu andaian: sumber tidak menyatakan tarikh akhir ({min}–{max} tahun dari {base_year}).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;System language ({language})</source>
        <translation>Bahasa &amp;sistem ({language})</translation>
    </message>
    <message>
        <source>{language} is not available: this installation has no compiled translations for it. Reinstall Trade Target to get them.</source>
        <translation>{language} tidak tersedia: pemasangan ini tidak mempunyai terjemahan terkompil untuknya. Pasang semula Trade Target untuk mendapatkannya.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Base-year trade</source>
        <translation>Perdagangan tahun asas</translation>
    </message>
    <message>
        <source>Latest trade</source>
        <translation>Perdagangan terkini</translation>
    </message>
    <message>
        <source>{label}: {amount} billion is too small to compute with; enter at least {least} billion, and check the decimal mark.</source>
        <translation>{label}: {amount} bilion terlalu kecil untuk dikira; masukkan sekurang-kurangnya {least} bilion, dan semak tanda perpuluhan.</translation>
    </message>
    <message>
        <source>Exchange rate: at {rate} RM per US$ the figures are too far apart to compute the growth; check the rate and its decimal mark.</source>
        <translation>Kadar pertukaran: pada {rate} RM setiap US$, angka-angka terlalu jauh berbeza untuk mengira pertumbuhan; semak kadar dan tanda perpuluhannya.</translation>
    </message>
    <message>
        <source>Years to target: over %n year(s) the trend at the observed growth goes too far to compute; choose fewer years or check the figures.</source>
        <translation>Tempoh ke sasaran: dalam tempoh %n tahun, trend pada pertumbuhan dicerap menjadi terlalu besar untuk dikira; pilih bilangan tahun yang lebih kecil atau semak angka.</translation>
    </message>
    <message>
        <source>Whole-year estimate: this estimate and the other figures are too far apart to compute the growth; check the monthly figures or choose another estimate.</source>
        <translation>Cara anggaran setahun penuh: anggaran ini dan angka-angka lain terlalu jauh berbeza untuk mengira pertumbuhan; semak angka bulanan atau pilih anggaran lain.</translation>
    </message>
    <message>
        <source>{label}: {amount} billion and the other figures are too far apart to compute the growth; check the figures and the decimal mark.</source>
        <translation>{label}: {amount} bilion dan angka-angka lain terlalu jauh berbeza untuk mengira pertumbuhan; semak angka-angka dan tanda perpuluhan.</translation>
    </message>
    <message>
        <source>A figure is not a finite number; nothing was written.</source>
        <translation>Satu angka bukan nombor terhingga; tiada apa-apa yang ditulis.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Amounts in {symbol} ({code})</source>
        <translation>Amaun dalam {symbol} ({code})</translation>
    </message>
    <message>
        <source>Source: {kind} of {date}; trade figures from {source}.</source>
        <translation>Sumber: {kind} bertarikh {date}; angka perdagangan daripada {source}.</translation>
    </message>
    <message>
        <source>Year by year</source>
        <translation>Tahun demi tahun</translation>
    </message>
    <message>
        <source>The chart&apos;s content as a table: for each year the required path and the path at the observed trend. Ctrl+C copies the selected cells.</source>
        <translation>Kandungan carta dalam bentuk jadual: bagi setiap tahun, laluan diperlukan dan laluan pada trend dicerap. Ctrl+C menyalin sel yang dipilih.</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>Perbandingan senario</translation>
    </message>
    <message>
        <source>Every scenario side by side: inputs, required growth and progress</source>
        <translation>Semua senario secara bersebelahan: input, pertumbuhan diperlukan dan kemajuan</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>The trade figures the scenario starts from, with their sources. Typing in a cell edits it.</source>
        <translation>Angka perdagangan yang menjadi titik permulaan senario, berserta sumbernya. Menaip dalam sel akan menyuntingnya.</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Jadual</translation>
    </message>
    <message>
        <source>The year-by-year table of the chart, the scenario comparison and the figures. Ctrl+Tab moves to the next table.</source>
        <translation>Jadual tahun demi tahun bagi carta, perbandingan senario dan angka. Ctrl+Tab beralih ke jadual seterusnya.</translation>
    </message>
    <message>
        <source>Choose a table with the Left and Right arrows</source>
        <translation>Pilih jadual dengan anak panah Kiri dan Kanan</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Given three of base, target, years and growth, the fourth: the growth needed, the years needed, the target reachable or the base needed</source>
        <translation>Berdasarkan tiga daripada asas, sasaran, tempoh (tahun) dan pertumbuhan, kira yang keempat: pertumbuhan diperlukan, tempoh diperlukan, sasaran yang boleh dicapai atau asas diperlukan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Sejarah</translation>
    </message>
    <message>
        <source>The annual trade behind the trend, as you import it: the trend over a window of years and the chance of reaching the target</source>
        <translation>Perdagangan tahunan di sebalik trend, seperti yang anda import: trend bagi julat tahun dan peluang mencapai sasaran</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Trajektori</translation>
    </message>
    <message>
        <source>The required path against the observed trend, by year</source>
        <translation>Laluan diperlukan berbanding trend dicerap, mengikut tahun</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Kadar pertukaran</translation>
    </message>
    <message>
        <source>Required and observed growth across a range of exchange rates</source>
        <translation>Pertumbuhan diperlukan dan pertumbuhan dicerap merentas julat kadar pertukaran</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Imported monthly figures against the cumulative required pace</source>
        <translation>Angka bulanan yang diimport berbanding rentak diperlukan kumulatif</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>The trajectory chart, the exchange-rate sensitivity and the monthly figures. Ctrl+Tab moves to the next chart.</source>
        <translation>Carta trajektori, kepekaan kadar pertukaran dan angka bulanan. Ctrl+Tab beralih ke carta seterusnya.</translation>
    </message>
    <message>
        <source>Choose a chart with the Left and Right arrows</source>
        <translation>Pilih carta dengan anak panah Kiri dan Kanan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baharu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rkini</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Simpan Seb&amp;agai…</translation>
    </message>
    <message>
        <source>&amp;Import annual history…</source>
        <translation>&amp;Import sejarah tahunan…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Eksport &amp;carta…</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>Eksport &amp;jadual…</translation>
    </message>
    <message>
        <source>Export &amp;brief (PDF)…</source>
        <translation>Eksport nota &amp;taklimat (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>C&amp;etak nota taklimat…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>Reset to the &amp;article&apos;s figures</source>
        <translation>Set semula kepada angka &amp;artikel</translation>
    </message>
    <message>
        <source>Add a &amp;figure…</source>
        <translation>&amp;Tambah angka…</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>Se&amp;nario</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Senario baharu</translation>
    </message>
    <message>
        <source>&amp;Duplicate scenario</source>
        <translation>&amp;Pendua senario</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>&amp;Namakan semula senario…</translation>
    </message>
    <message>
        <source>De&amp;lete scenario</source>
        <translation>Pa&amp;dam senario</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Paparan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;About Trade Target</source>
        <translation>&amp;Perihal Trade Target</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat Asal</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Buat Asal {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat &amp;Semula</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>Buat &amp;Semula {action}</translation>
    </message>
    <message>
        <source>{name}[*] — {app}</source>
        <translation>{name}[*] — {app}</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Kosongkan senarai</translation>
    </message>
    <message>
        <source>Add a fi&amp;gure…</source>
        <translation>Tambah an&amp;gka…</translation>
    </message>
    <message>
        <source>Add a newer trade figure, such as the full-year total once it is published</source>
        <translation>Tambah angka perdagangan yang lebih baharu, seperti jumlah setahun penuh sebaik sahaja ia diterbitkan</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Tambah angka</translation>
    </message>
    <message>
        <source>Remove fig&amp;ure</source>
        <translation>Alih kel&amp;uar angka</translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>Alih keluar angka</translation>
    </message>
    <message>
        <source>Removes the chosen figure; the base-year and target figures cannot be removed</source>
        <translation>Mengalih keluar angka yang dipilih; angka tahun asas dan angka sasaran tidak boleh dialih keluar</translation>
    </message>
    <message>
        <source>Is the US$10 billion Malaysia–Türkiye trade target reachable, and what growth does it take?</source>
        <translation>Adakah sasaran perdagangan US$10 bilion Malaysia–Türkiye boleh dicapai, dan berapakah pertumbuhan yang diperlukan?</translation>
    </message>
    <message>
        <source>Source: {citation} Trade figures attributed to {source}.</source>
        <translation>Sumber: {citation} Angka perdagangan bersumberkan {source}.</translation>
    </message>
    <message>
        <source>The quotes are in the original English.</source>
        <translation>Petikan dikekalkan dalam bahasa Inggeris asal.</translation>
    </message>
    <message>
        <source>Derived values (the other currency, the run-rate estimate, every growth figure) are computed here from the exchange rate and years you set.</source>
        <translation>Nilai terbitan — mata wang yang satu lagi, anggaran unjuran kadar larian dan setiap angka pertumbuhan — dikira di sini daripada kadar pertukaran dan bilangan tahun yang anda tetapkan.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Perihal {app}</translation>
    </message>
</context>
<context>
    <name>Monthly</name>
    <message>
        <source>“{name}” is larger than {size}; a file of monthly figures is smaller.</source>
        <translation>“{name}” lebih besar daripada {size}; fail angka bulanan lebih kecil daripada itu.</translation>
    </message>
    <message>
        <source>“{name}” is not a text file: save the figures as CSV (comma- or semicolon-separated values).</source>
        <translation>“{name}” bukan fail teks: simpan angka sebagai CSV (nilai dipisahkan koma atau koma bertitik).</translation>
    </message>
    <message>
        <source>This is not text: save the figures as CSV (comma- or semicolon-separated values).</source>
        <translation>Ini bukan teks: simpan angka sebagai CSV (nilai dipisahkan koma atau koma bertitik).</translation>
    </message>
    <message>
        <source>The text is longer than {size}; monthly figures are shorter.</source>
        <translation>Teks ini melebihi {size}; angka bulanan lebih pendek daripada itu.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Fail ini kosong: tiada baris pengepala.</translation>
    </message>
    <message>
        <source>More than {count} rows cannot be read; is this a file of monthly figures? The first, line {line}: {message}</source>
        <translation>Lebih daripada {count} baris tidak dapat dibaca; adakah ini fail angka bulanan? Yang pertama, baris {line}: {message}</translation>
    </message>
    <message>
        <source>The file has a header row but no months.</source>
        <translation>Fail ini mempunyai baris pengepala tetapi tiada bulan.</translation>
    </message>
    <message>
        <source>No month could be read. Line {line}: {message}</source>
        <translation>Tiada bulan yang dapat dibaca. Baris {line}: {message}</translation>
    </message>
    <message>
        <source>{month} is given twice: it is already on line {line}.</source>
        <translation>{month} diberikan dua kali: ia sudah ada pada baris {line}.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>ribu</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>juta</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>bilion</translation>
    </message>
    <message>
        <source>The month is missing.</source>
        <translation>Bulan tidak dinyatakan.</translation>
    </message>
    <message>
        <source>“{text}”: the year must be from {first} to {last}.</source>
        <translation>“{text}”: tahun mesti dari {first} hingga {last}.</translation>
    </message>
    <message>
        <source>“{text}” is not a month: write it like 2025-01, 01/2025, 2025M01 or Jan 2025.</source>
        <translation>“{text}” bukan bulan: tulis seperti 2025-01, 01/2025, 2025M01 atau Jan 2025.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Ogo</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dis</translation>
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
        <translation>{symbol}{amount} bilion</translation>
    </message>
    <message>
        <source>{year}: no year-to-date total, as {month} is missing.</source>
        <translation>{year}: tiada jumlah tahun hingga kini, kerana {month} tiada.</translation>
    </message>
    <message>
        <source>{span}: {amount}; the required path has no value for {year}.</source>
        <translation>{span}: {amount}; laluan diperlukan tiada nilai bagi {year}.</translation>
    </message>
    <message>
        <source>{span}: {amount}, on the required pace ({pace}).</source>
        <translation>{span}: {amount}, menepati rentak diperlukan ({pace}).</translation>
    </message>
    <message>
        <source>{span}: {amount}, {percent} % behind the required pace ({pace}).</source>
        <translation>{span}: {amount}, {percent} % ketinggalan daripada rentak diperlukan ({pace}).</translation>
    </message>
    <message>
        <source>{span}: {amount}, {percent} % ahead of the required pace ({pace}).</source>
        <translation>{span}: {amount}, {percent} % mendahului rentak diperlukan ({pace}).</translation>
    </message>
    <message>
        <source>{month} is missing, so the later months are not in the total.</source>
        <translation>{month} tiada, jadi bulan-bulan berikutnya tidak termasuk dalam jumlah.</translation>
    </message>
    <message>
        <source>A cell is too long to be a month&apos;s figure.</source>
        <translation>Satu sel terlalu panjang untuk menjadi angka sebulan.</translation>
    </message>
    <message>
        <source>The header (line {line}) has {count} columns; a file of monthly figures has a few.</source>
        <translation>Pengepala (baris {line}) mempunyai {count} lajur; fail angka bulanan hanya mempunyai beberapa lajur.</translation>
    </message>
    <message>
        <source>Line {line} is not a header row: it must name a month column (like Month or Period) and a value column (like Value or Total trade), separated by commas or semicolons.</source>
        <translation>Baris {line} bukan baris pengepala: ia mesti menamakan lajur bulan (seperti Bulan atau Tempoh) dan lajur nilai (seperti Nilai atau Jumlah dagangan), dipisahkan dengan koma atau koma bertitik.</translation>
    </message>
    <message>
        <source>The header (line {line}) has two {role} columns, “{first}” and “{second}”; keep one.</source>
        <translation>Pengepala (baris {line}) mempunyai dua lajur {role}, “{first}” dan “{second}”; kekalkan satu.</translation>
    </message>
    <message>
        <source>The exports and imports headings state different currencies or units.</source>
        <translation>Tajuk lajur eksport dan import menyatakan mata wang atau unit yang berbeza.</translation>
    </message>
    <message>
        <source>The value&apos;s heading names two currencies or two units.</source>
        <translation>Tajuk lajur nilai menamakan dua mata wang atau dua unit.</translation>
    </message>
    <message>
        <source>The file does not say which currency the values are in: add a Currency column (MYR, RM, USD or US$), or write it in the value&apos;s heading, like “Value (RM billion)”.</source>
        <translation>Fail ini tidak menyatakan mata wang bagi nilai: tambah lajur Mata wang (MYR, RM, USD atau US$), atau tulis dalam tajuk lajur nilai, seperti “Nilai (RM bilion)”.</translation>
    </message>
    <message>
        <source>The row has {count} cells but the header names {width} columns: is a decimal comma splitting a value? Put such values in quotes, or separate the columns with semicolons.</source>
        <translation>Baris ini mempunyai {count} sel tetapi pengepala menamakan {width} lajur: adakah koma perpuluhan memisahkan sesuatu nilai? Letakkan nilai sedemikian dalam tanda petik, atau pisahkan lajur dengan koma bertitik.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>Nilai mesti lebih besar daripada sifar.</translation>
    </message>
    <message>
        <source>Two currencies are named for this row: {names}.</source>
        <translation>Dua mata wang dinyatakan bagi baris ini: {names}.</translation>
    </message>
    <message>
        <source>Two units are named for this row: {names}.</source>
        <translation>Dua unit dinyatakan bagi baris ini: {names}.</translation>
    </message>
    <message>
        <source>No currency: write MYR, RM, USD or US$.</source>
        <translation>Tiada mata wang: tulis MYR, RM, USD atau US$.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>month</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>value</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>eksport</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>import</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>mata wang</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>The values are in {currency}; only US$ and RM figures can be used. Convert them to one of these first.</source>
        <translation>Nilai adalah dalam {currency}; hanya angka US$ dan RM boleh digunakan. Tukarkannya kepada salah satu mata wang ini dahulu.</translation>
    </message>
    <message>
        <source>“{text}” is not a currency or unit: write MYR, RM, USD or US$, and if the values are not in billions, million or thousand.</source>
        <translation>“{text}” bukan mata wang atau unit: tulis MYR, RM, USD atau US$ dan, jika nilai bukan dalam bilion, tulis juta atau ribu.</translation>
    </message>
    <message>
        <source>{label}: no figure.</source>
        <translation>{label}: tiada angka.</translation>
    </message>
    <message>
        <source>{label}: in {unit}, “{text}” could mean thousands or decimals; write it without a thousands separator.</source>
        <translation>{label}: dalam {unit}, “{text}” boleh bermaksud ribuan atau perpuluhan; tulis tanpa pemisah ribuan.</translation>
    </message>
    <message>
        <source>{label}: trade cannot be negative.</source>
        <translation>{label}: perdagangan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>{label}: {amount} billion in one month is far more than this trade; if the values are in millions, say so in a Unit column or in the heading, like “Value (RM million)”.</source>
        <translation>{label}: {amount} bilion dalam sebulan jauh melebihi perdagangan ini; jika nilai dalam juta, nyatakannya dalam lajur Unit atau dalam tajuk lajur, seperti “Nilai (RM juta)”.</translation>
    </message>
    <message>
        <source>{month} has not happened yet (today is {today}); it can have no figure.</source>
        <translation>{month} belum berlaku (hari ini {today}); tiada angka boleh wujud untuknya.</translation>
    </message>
    <message>
        <source>{where}: a monthly figure is given for {month}, which has not happened yet (today is {today}).</source>
        <translation>{where}: angka bulanan diberikan untuk {month}, yang belum berlaku (hari ini {today}).</translation>
    </message>
</context>
<context>
    <name>MonthlyPanel</name>
    <message>
        <source>CSV files</source>
        <translation>Fail CSV</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Semua fail</translation>
    </message>
    <message>
        <source>Import monthly figures</source>
        <translation>Import angka bulanan</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Baris {line}: {message}</translation>
    </message>
    <message>
        <source>%n row(s) of the file left out:</source>
        <translation>%n baris dalam fail diketepikan:</translation>
    </message>
    <message>
        <source>Import monthly figures…</source>
        <translation>Import angka bulanan…</translation>
    </message>
    <message>
        <source>Read a CSV file of monthly trade figures: a month column, a value column and the currency.</source>
        <translation>Baca fail CSV angka perdagangan bulanan: lajur bulan, lajur nilai dan mata wang.</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>Tahun dipaparkan</translation>
    </message>
    <message>
        <source>The year of monthly figures the chart shows</source>
        <translation>Tahun angka bulanan yang dipaparkan oleh carta</translation>
    </message>
    <message>
        <source>Monthly trade chart</source>
        <translation>Carta perdagangan bulanan</translation>
    </message>
    <message>
        <source>Bars: each month&apos;s trade. Solid line: the total from January. Dashed line: the required pace, the year&apos;s required value × months/12. The sentence below the chart gives the latest month&apos;s numbers.</source>
        <translation>Bar: perdagangan setiap bulan. Garis padu: jumlah sejak Januari. Garis putus-putus: rentak diperlukan, iaitu nilai diperlukan bagi tahun itu × bulan/12. Ayat di bawah carta memberikan angka bulan terkini.</translation>
    </message>
    <message>
        <source>Year to date against the pace</source>
        <translation>Tahun hingga kini berbanding rentak diperlukan</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Masalah import</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Baris diketepikan</translation>
    </message>
    <message>
        <source>Each row of the file that could not be read, with its line number and what is wrong with it</source>
        <translation>Setiap baris fail yang tidak dapat dibaca, berserta nombor barisnya dan masalahnya</translation>
    </message>
    <message>
        <source>Month&apos;s trade</source>
        <translation>Perdagangan bulanan</translation>
    </message>
    <message>
        <source>Total from January</source>
        <translation>Jumlah sejak Januari</translation>
    </message>
    <message>
        <source>Required pace</source>
        <translation>Rentak diperlukan</translation>
    </message>
    <message>
        <source>Bilateral trade ({symbol} billion)</source>
        <translation>Perdagangan dua hala ({symbol} bilion)</translation>
    </message>
    <message>
        <source>No monthly figures yet: import the statistics office&apos;s monthly release as a CSV file.</source>
        <translation>Belum ada angka bulanan: import terbitan bulanan pejabat statistik sebagai fail CSV.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{label}: enter a number.</source>
        <translation>{label}: masukkan nombor.</translation>
    </message>
    <message>
        <source>{label}: “{text}” has more than one decimal mark; type the number without thousands separators.</source>
        <translation>{label}: “{text}” mempunyai lebih daripada satu tanda perpuluhan; taip nombor tanpa pemisah ribuan.</translation>
    </message>
    <message>
        <source>{label}: “{text}” is not a number.</source>
        <translation>{label}: “{text}” bukan nombor.</translation>
    </message>
    <message>
        <source>{label}: enter a finite number.</source>
        <translation>{label}: masukkan nombor terhingga.</translation>
    </message>
    <message>
        <source>{label}: enter a whole number (no fraction).</source>
        <translation>{label}: masukkan nombor bulat (tanpa pecahan).</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>&amp;Figure</source>
        <translation>&amp;Angka</translation>
    </message>
    <message>
        <source>e.g. Bilateral trade, 2025</source>
        <translation>cth. Perdagangan dua hala, 2025</translation>
    </message>
    <message>
        <source>The figure&apos;s name, as it will appear in the table</source>
        <translation>Nama angka, seperti yang akan dipaparkan dalam jadual</translation>
    </message>
    <message>
        <source>&amp;Value (billion)</source>
        <translation>&amp;Nilai (bilion)</translation>
    </message>
    <message>
        <source>e.g. 5.6</source>
        <translation>cth. 5.6</translation>
    </message>
    <message>
        <source>The amount, in billions</source>
        <translation>Amaun, dalam bilion</translation>
    </message>
    <message>
        <source>Reported &amp;currency</source>
        <translation>&amp;Mata wang dilaporkan</translation>
    </message>
    <message>
        <source>The currency the source reported the amount in</source>
        <translation>Mata wang yang digunakan oleh sumber untuk melaporkan amaun</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>Ta&amp;hun</translation>
    </message>
    <message>
        <source>e.g. 2025</source>
        <translation>cth. 2025</translation>
    </message>
    <message>
        <source>The calendar year the figure covers</source>
        <translation>Tahun kalendar yang diliputi oleh angka</translation>
    </message>
    <message>
        <source>&amp;Months covered</source>
        <translation>Bulan &amp;diliputi</translation>
    </message>
    <message>
        <source>12 for a full year</source>
        <translation>12 bagi setahun penuh</translation>
    </message>
    <message>
        <source>How many months of that year the figure covers; 12 for a full year</source>
        <translation>Bilangan bulan dalam tahun itu yang diliputi oleh angka; 12 bagi setahun penuh</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Tem&amp;poh</translation>
    </message>
    <message>
        <source>e.g. Calendar 2025 (full year)</source>
        <translation>cth. Tahun kalendar 2025 (setahun penuh)</translation>
    </message>
    <message>
        <source>The period in words, as the source gives it</source>
        <translation>Tempoh dalam perkataan, seperti yang dinyatakan oleh sumber</translation>
    </message>
    <message>
        <source>Source &amp;note</source>
        <translation>Nota s&amp;umber</translation>
    </message>
    <message>
        <source>Where the figure comes from</source>
        <translation>Dari mana angka itu diperoleh</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Tambah angka</translation>
    </message>
    <message>
        <source>Billions, in the currency the source reports. The newest figure after the base year becomes the one the sums use.</source>
        <translation>Dalam bilion, mengikut mata wang yang dilaporkan oleh sumber. Angka terbaharu selepas tahun asas menjadi angka yang digunakan dalam pengiraan.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>Bulan diliputi</translation>
    </message>
</context>
<context>
    <name>Outlook</name>
    <message>
        <source>The chance of reaching the target needs at least {needed} year-on-year growths (that is {years} consecutive years) in the window; it has {count}.</source>
        <translation>Peluang mencapai sasaran memerlukan sekurang-kurangnya {needed} pertumbuhan tahun ke tahun (iaitu {years} tahun berturut-turut) dalam julat tahun; yang ada hanya {count}.</translation>
    </message>
    <message>
        <source>under {percent}</source>
        <translation>kurang daripada {percent}</translation>
    </message>
    <message>
        <source>over {percent}</source>
        <translation>lebih daripada {percent}</translation>
    </message>
    <message>
        <source>At the {first}–{last} volatility, the chance of reaching {target} by {year} is {chance}.</source>
        <translation>Pada kemeruapan {first}–{last}, peluang mencapai {target} menjelang {year} ialah {chance}.</translation>
    </message>
</context>
<context>
    <name>OutputPaths</name>
    <message>
        <source>Could not save “{name}”: it is the file given to {input}, which would be overwritten; choose another name for {output}.</source>
        <translation>Tidak dapat menyimpan “{name}”: ia ialah fail yang diberikan kepada {input}, yang akan ditulis ganti; pilih nama lain untuk {output}.</translation>
    </message>
    <message>
        <source>Could not save “{name}”: {first} and {second} name the same file; choose two names.</source>
        <translation>Tidak dapat menyimpan “{name}”: {first} dan {second} menamakan fail yang sama; pilih dua nama yang berbeza.</translation>
    </message>
</context>
<context>
    <name>Plot</name>
    <message>
        <source>Trade trajectory chart</source>
        <translation>Carta trajektori perdagangan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Required path</source>
        <translation>Laluan diperlukan</translation>
    </message>
    <message>
        <source>At observed trend</source>
        <translation>Pada trend dicerap</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Point at the chart to read a year&apos;s values.</source>
        <translation>Halakan penuding ke carta untuk membaca nilai sesuatu tahun.</translation>
    </message>
    <message>
        <source>Target {amount}</source>
        <translation>Sasaran {amount}</translation>
    </message>
    <message>
        <source>{year} estimate</source>
        <translation>Anggaran {year}</translation>
    </message>
    <message>
        <source>{year} estimate ({method})</source>
        <translation>Anggaran {year} ({method})</translation>
    </message>
    <message>
        <source>{year} reported</source>
        <translation>{year} dilaporkan</translation>
    </message>
    <message>
        <source>Required path — {name}</source>
        <translation>Laluan diperlukan — {name}</translation>
    </message>
    <message>
        <source>Showing {shown} of %n other ticked scenario(s), the first in the list</source>
        <translation>Memaparkan {shown} daripada %n senario lain yang ditandakan, iaitu yang terawal dalam senarai</translation>
    </message>
    <message>
        <source>{name} — required path</source>
        <translation>{name} — laluan diperlukan</translation>
    </message>
    <message>
        <source>Bilateral trade ({symbol} billion)</source>
        <translation>Perdagangan dua hala ({symbol} bilion)</translation>
    </message>
    <message>
        <source>{symbol} billion</source>
        <translation>{symbol} bilion</translation>
    </message>
    <message>
        <source>Chart of the required path to the target, the path at the observed trend, the catch-up path from the latest figure, the target line and the reported figures, with the annual history and the chance bands when a history is imported. The same values are in the Year by year table below the chart.</source>
        <translation>Carta laluan diperlukan ke sasaran, laluan pada trend dicerap, laluan kejar dari angka terkini, garis sasaran dan angka yang dilaporkan, dengan sejarah tahunan dan jalur peluang apabila sejarah diimport. Nilai yang sama ada dalam jadual Tahun demi tahun di bawah carta.</translation>
    </message>
    <message>
        <source>required {required} · at observed trend {trend}</source>
        <translation>diperlukan {required} · pada trend dicerap {trend}</translation>
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
        <translation>sejarah {amount}</translation>
    </message>
    <message>
        <source>catch-up {amount}</source>
        <translation>kejar {amount}</translation>
    </message>
    <message>
        <source>{band} band {low}–{high}</source>
        <translation>jalur {band} {low}–{high}</translation>
    </message>
    <message>
        <source>{rate} a year</source>
        <translation>{rate} setahun</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tunjuk Butiran...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyi Butiran...</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Exchange rate</source>
        <translation>Kadar pertukaran</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Base-year trade</source>
        <translation>Perdagangan tahun asas</translation>
    </message>
    <message>
        <source>Latest trade</source>
        <translation>Perdagangan terkini</translation>
    </message>
    <message>
        <source>Unknown input “{field}”.</source>
        <translation>Input tidak diketahui “{field}”.</translation>
    </message>
    <message>
        <source>Exchange rate: {rate} RM per US$ is far outside any real rate (at most {most}); check the decimal mark.</source>
        <translation>Kadar pertukaran: {rate} RM setiap US$ jauh di luar mana-mana kadar sebenar (paling tinggi {most}); semak tanda perpuluhan.</translation>
    </message>
    <message>
        <source>Years to target: enter whole years from {low} to {high}.</source>
        <translation>Tempoh ke sasaran: masukkan bilangan tahun penuh dari {low} hingga {high}.</translation>
    </message>
    <message>
        <source>Months covered: enter a whole number from {low} to {high}.</source>
        <translation>Bulan diliputi: masukkan nombor bulat dari {low} hingga {high}.</translation>
    </message>
    <message>
        <source>{label}: enter a finite number.</source>
        <translation>{label}: masukkan nombor terhingga.</translation>
    </message>
    <message>
        <source>{label}: must be greater than zero.</source>
        <translation>{label}: mesti lebih besar daripada sifar.</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <source>{name}: {rate} RM per US$, %n year(s) to target. Tick to show it on the chart; double-click to rename.</source>
        <translation>{name}: {rate} RM setiap US$, tempoh ke sasaran %n tahun. Tandakan untuk memaparkannya pada carta; klik dua kali untuk menamakan semula.</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>&amp;New</source>
        <translation>Ba&amp;haru</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Senario baharu</translation>
    </message>
    <message>
        <source>A new scenario on the article&apos;s figures</source>
        <translation>Senario baharu berdasarkan angka artikel</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>P&amp;endua</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Pendua senario</translation>
    </message>
    <message>
        <source>A copy of the chosen scenario, to vary one assumption</source>
        <translation>Salinan senario yang dipilih, untuk mengubah satu andaian</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Na&amp;makan semula…</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Namakan semula senario</translation>
    </message>
    <message>
        <source>Edit the chosen scenario&apos;s name in the list</source>
        <translation>Sunting nama senario yang dipilih dalam senarai</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Pa&amp;dam</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Padam senario</translation>
    </message>
    <message>
        <source>Delete the chosen scenario (Edit › Undo brings it back)</source>
        <translation>Padam senario yang dipilih (Sunting › Buat Asal mengembalikannya)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Senario</translation>
    </message>
    <message>
        <source>The scenario you choose here is the one the inputs edit. Ticked scenarios are drawn on the chart.</source>
        <translation>Senario yang anda pilih di sini ialah senario yang disunting melalui input. Senario yang ditandakan dilukis pada carta.</translation>
    </message>
    <message>
        <source>The chosen scenario is the one the inputs edit; ticked scenarios are drawn on the chart. Space ticks or unticks, F2 renames.</source>
        <translation>Senario yang dipilih ialah senario yang disunting melalui input; senario yang ditandakan dilukis pada carta. Space menanda atau menyahtanda, F2 menamakan semula.</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>Rate (RM per US$)</source>
        <translation>Kadar (RM setiap US$)</translation>
    </message>
    <message>
        <source>Required growth</source>
        <translation>Pertumbuhan diperlukan</translation>
    </message>
    <message>
        <source>Observed growth</source>
        <translation>Pertumbuhan dicerap</translation>
    </message>
    <message>
        <source>Gap (percentage points)</source>
        <translation>Jurang (mata peratusan)</translation>
    </message>
    <message>
        <source>Break-even rate: none from {low} to {high} RM per US$ (observed growth does not equal the required growth there).</source>
        <translation>Kadar titik imbang: tiada dari {low} hingga {high} RM setiap US$ (pertumbuhan dicerap tidak menyamai pertumbuhan diperlukan dalam julat itu).</translation>
    </message>
    <message>
        <source>Break-even rate: {rate} RM per US$ (observed growth equals the required growth).</source>
        <translation>Kadar titik imbang: {rate} RM setiap US$ (pertumbuhan dicerap menyamai pertumbuhan diperlukan).</translation>
    </message>
    <message>
        <source>Growth a year at each exchange rate; target by {year} ({years} years, an assumption); observed growth from the {latest} run-rate estimate ({months} of 12 months).</source>
        <translation>Pertumbuhan setahun pada setiap kadar pertukaran; sasaran menjelang {year} ({years} tahun, satu andaian); pertumbuhan dicerap daripada anggaran unjuran kadar larian {latest} ({months} daripada 12 bulan).</translation>
    </message>
    <message>
        <source>Required growth does not depend on the rate: the base and the target are both in {symbol}.</source>
        <translation>Pertumbuhan diperlukan tidak bergantung pada kadar: asas dan sasaran kedua-duanya dalam {symbol}.</translation>
    </message>
    <message>
        <source>Article&apos;s implied rate</source>
        <translation>Kadar tersirat artikel</translation>
    </message>
    <message>
        <source>Comparison rate</source>
        <translation>Kadar perbandingan</translation>
    </message>
    <message>
        <source>Rate of the {year} figures</source>
        <translation>Kadar angka {year}</translation>
    </message>
    <message>
        <source>Range: the lowest rate must be greater than zero.</source>
        <translation>Julat: kadar terendah mesti lebih besar daripada sifar.</translation>
    </message>
    <message>
        <source>Range: the lowest rate, {rate} RM per US$, is far outside any real rate (at most {most}); check the decimal mark.</source>
        <translation>Julat: kadar terendah, {rate} RM setiap US$, jauh di luar mana-mana kadar sebenar (paling tinggi {most}); semak tanda perpuluhan.</translation>
    </message>
    <message>
        <source>Range: the highest rate must be greater than zero.</source>
        <translation>Julat: kadar tertinggi mesti lebih besar daripada sifar.</translation>
    </message>
    <message>
        <source>Range: the highest rate, {rate} RM per US$, is far outside any real rate (at most {most}); check the decimal mark.</source>
        <translation>Julat: kadar tertinggi, {rate} RM setiap US$, jauh di luar mana-mana kadar sebenar (paling tinggi {most}); semak tanda perpuluhan.</translation>
    </message>
    <message>
        <source>Range: the lowest rate ({low}) must be below the highest ({high}).</source>
        <translation>Julat: kadar terendah ({low}) mesti lebih rendah daripada kadar tertinggi ({high}).</translation>
    </message>
    <message>
        <source>Steps: enter a whole number from {low} to {high}.</source>
        <translation>Langkah: masukkan nombor bulat dari {low} hingga {high}.</translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <source>Sets the exchange rate to the one the article&apos;s own figures imply (RM21.2 bn = US$4.92 bn for January to November 2025).</source>
        <translation>Menetapkan kadar pertukaran kepada kadar yang tersirat daripada angka artikel itu sendiri (RM21.2 bilion = US$4.92 bilion bagi Januari hingga November 2025).</translation>
    </message>
    <message>
        <source>Sets the exchange rate to {rate} RM per US$, a round comparison rate (the article itself gives no such rate).</source>
        <translation>Menetapkan kadar pertukaran kepada {rate} RM setiap US$, iaitu kadar perbandingan bulat (artikel itu sendiri tidak memberikan kadar sedemikian).</translation>
    </message>
    <message>
        <source>Sets the exchange rate to the one the base year&apos;s figures in RM and in US$ imply.</source>
        <translation>Menetapkan kadar pertukaran kepada kadar yang tersirat daripada angka tahun asas dalam RM dan dalam US$.</translation>
    </message>
    <message>
        <source>E&amp;xchange rates shown (RM per US$):</source>
        <translation>Kadar pertukaran &amp;yang dipaparkan (RM setiap US$):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hingga</translation>
    </message>
    <message>
        <source>Lowest rate shown</source>
        <translation>Kadar terendah dipaparkan</translation>
    </message>
    <message>
        <source>The lowest exchange rate on the sensitivity chart, in RM per US$</source>
        <translation>Kadar pertukaran terendah pada carta kepekaan, dalam RM setiap US$</translation>
    </message>
    <message>
        <source>Highest rate shown</source>
        <translation>Kadar tertinggi dipaparkan</translation>
    </message>
    <message>
        <source>The highest exchange rate on the sensitivity chart, in RM per US$</source>
        <translation>Kadar pertukaran tertinggi pada carta kepekaan, dalam RM setiap US$</translation>
    </message>
    <message>
        <source>Set the rate to:</source>
        <translation>Tetapkan kadar kepada:</translation>
    </message>
    <message>
        <source>Exchange-rate chart</source>
        <translation>Carta kadar pertukaran</translation>
    </message>
    <message>
        <source>Chart of the required and the observed annual growth against the exchange rate, with the current rate and the break-even rate marked. The text under the chart gives the same values in words.</source>
        <translation>Carta pertumbuhan tahunan diperlukan dan dicerap berbanding kadar pertukaran, dengan kadar sekarang dan kadar titik imbang ditandakan. Teks di bawah carta memberikan nilai yang sama dalam bentuk ayat.</translation>
    </message>
    <message>
        <source>Exchange-rate summary</source>
        <translation>Ringkasan kadar pertukaran</translation>
    </message>
    <message>
        <source>Exchange rate (RM per US$)</source>
        <translation>Kadar pertukaran (RM setiap US$)</translation>
    </message>
    <message>
        <source>Growth (% a year)</source>
        <translation>Pertumbuhan (% setahun)</translation>
    </message>
    <message>
        <source>Required growth</source>
        <translation>Pertumbuhan diperlukan</translation>
    </message>
    <message>
        <source>Observed growth</source>
        <translation>Pertumbuhan dicerap</translation>
    </message>
    <message>
        <source>Current rate</source>
        <translation>Kadar sekarang</translation>
    </message>
    <message>
        <source>Break-even rate</source>
        <translation>Kadar titik imbang</translation>
    </message>
    <message>
        <source>Lowest rate</source>
        <translation>Kadar terendah</translation>
    </message>
    <message>
        <source>Highest rate</source>
        <translation>Kadar tertinggi</translation>
    </message>
    <message>
        <source>{name}: {rate}</source>
        <translation>{name}: {rate}</translation>
    </message>
    <message>
        <source>To use the {year} rate, add the {year} figure in {symbol} for the full year with Add a figure…; the rate is then its value over the {year} figure&apos;s.</source>
        <translation>Untuk menggunakan kadar {year}, tambah angka {year} dalam {symbol} bagi setahun penuh melalui Tambah angka…; kadar itu kemudiannya ialah nilai angka baharu itu dibahagi dengan nilai angka {year} yang sedia ada.</translation>
    </message>
    <message>
        <source>The article&apos;s conversion no longer applies: the figure it was given for has been edited. Reset to the article&apos;s figures to use it again.</source>
        <translation>Penukaran oleh artikel tidak lagi terpakai: angka yang berkaitan dengannya telah disunting. Set semula kepada angka artikel untuk menggunakannya semula.</translation>
    </message>
    <message>
        <source>Break-even {rate}</source>
        <translation>Titik imbang {rate}</translation>
    </message>
    <message>
        <source>Current {rate}</source>
        <translation>Sekarang {rate}</translation>
    </message>
    <message>
        <source>Gap {gap} percentage points</source>
        <translation>Jurang {gap} mata peratusan</translation>
    </message>
    <message>
        <source>At the current rate, {rate} RM per US$: required growth {required} a year, observed growth {observed} a year (a gap of {gap} percentage points).</source>
        <translation>Pada kadar sekarang, {rate} RM setiap US$: pertumbuhan diperlukan {required} setahun, pertumbuhan dicerap {observed} setahun (jurang {gap} mata peratusan).</translation>
    </message>
    <message>
        <source>The current rate is outside the range shown.</source>
        <translation>Kadar sekarang berada di luar julat yang dipaparkan.</translation>
    </message>
    <message>
        <source>Observed growth does not equal the required growth anywhere from {low} to {high} RM per US$.</source>
        <translation>Pertumbuhan dicerap tidak menyamai pertumbuhan diperlukan pada mana-mana kadar dari {low} hingga {high} RM setiap US$.</translation>
    </message>
    <message>
        <source>Break-even: observed growth equals the required growth at {rate} RM per US$.</source>
        <translation>Titik imbang: pertumbuhan dicerap menyamai pertumbuhan diperlukan pada {rate} RM setiap US$.</translation>
    </message>
    <message>
        <source>The required growth does not depend on the rate: the base and the target are both in {symbol}.</source>
        <translation>Pertumbuhan diperlukan tidak bergantung pada kadar: asas dan sasaran kedua-duanya dalam {symbol}.</translation>
    </message>
</context>
<context>
    <name>Solve</name>
    <message>
        <source>{option} is a fraction, not a percentage: write 0.1397 for 13.97 %.</source>
        <translation>{option} ialah pecahan, bukan peratusan: tulis 0.1397 bagi 13.97 %.</translation>
    </message>
    <message>
        <source>US${amount} bn</source>
        <translation>US${amount} bilion</translation>
    </message>
    <message>
        <source>{percent} a year ({fraction} as a fraction)</source>
        <translation>{percent} setahun ({fraction} sebagai pecahan)</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>(solved)</source>
        <translation>(diselesaikan)</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Asas</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Pertumbuhan</translation>
    </message>
    <message>
        <source>The base already equals the target, {amount}: it takes no time at all.</source>
        <translation>Nilai asas sudah menyamai sasaran, {amount}: tiada masa diperlukan.</translation>
    </message>
    <message>
        <source>At {growth} a year, {base} reaches {target} in {years} years.</source>
        <translation>Pada {growth} setahun, {base} mencapai {target} dalam {years} tahun.</translation>
    </message>
    <message>
        <source>{symbol}{amount} bn</source>
        <translation>{symbol}{amount} bilion</translation>
    </message>
    <message>
        <source>All four of base, target, years and growth are given: leave out the one to solve for.</source>
        <translation>Keempat-empat nilai asas, sasaran, tahun dan pertumbuhan telah diberikan: kosongkan nilai yang hendak diselesaikan.</translation>
    </message>
    <message>
        <source>Give three of base, target, years and growth to solve for the fourth; %n given.</source>
        <translation>Berikan tiga daripada nilai asas, sasaran, tahun dan pertumbuhan untuk menyelesaikan nilai keempat; %n diberikan.</translation>
    </message>
    <message>
        <source>{name}: enter a finite number.</source>
        <translation>{name}: masukkan nombor terhingga.</translation>
    </message>
    <message>
        <source>The base must be more than zero.</source>
        <translation>Nilai asas mesti lebih daripada sifar.</translation>
    </message>
    <message>
        <source>The target must be more than zero.</source>
        <translation>Sasaran mesti lebih daripada sifar.</translation>
    </message>
    <message>
        <source>The years must be more than zero.</source>
        <translation>Bilangan tahun mesti lebih daripada sifar.</translation>
    </message>
    <message>
        <source>Growth must be more than {limit} a year: a fall of 100 % or more leaves nothing to grow from.</source>
        <translation>Pertumbuhan mesti lebih daripada {limit} setahun: penurunan sebanyak 100 % atau lebih tidak meninggalkan apa-apa untuk berkembang.</translation>
    </message>
    <message>
        <source>{name}: at most {most} billion.</source>
        <translation>{name}: paling banyak {most} bilion.</translation>
    </message>
    <message>
        <source>Years: at most {most}.</source>
        <translation>Tahun: paling banyak {most}.</translation>
    </message>
    <message>
        <source>Growth: at most {most} a year.</source>
        <translation>Pertumbuhan: paling banyak {most} setahun.</translation>
    </message>
    <message>
        <source>At 0 % growth the value stays at the base and never reaches the target.</source>
        <translation>Pada pertumbuhan 0 %, nilai kekal pada asas dan tidak akan mencapai sasaran.</translation>
    </message>
    <message>
        <source>At {growth} a year the value only rises, so it never falls to a target below the base.</source>
        <translation>Pada {growth} setahun, nilai hanya meningkat, jadi ia tidak akan turun ke sasaran yang lebih rendah daripada asas.</translation>
    </message>
    <message>
        <source>At {growth} a year the value only falls, so it never rises to a target above the base.</source>
        <translation>Pada {growth} setahun, nilai hanya menurun, jadi ia tidak akan naik ke sasaran yang lebih tinggi daripada asas.</translation>
    </message>
    <message>
        <source>At this growth the target takes more than {most} years to reach; try a larger growth.</source>
        <translation>Pada pertumbuhan ini, sasaran mengambil masa lebih daripada {most} tahun untuk dicapai; cuba pertumbuhan yang lebih besar.</translation>
    </message>
    <message>
        <source>These values are too far apart to compute with; try fewer years or a smaller growth.</source>
        <translation>Nilai-nilai ini terlalu jauh berbeza untuk dikira; cuba kurangkan bilangan tahun atau gunakan pertumbuhan yang lebih kecil.</translation>
    </message>
</context>
<context>
    <name>SolvePanel</name>
    <message>
        <source>Growth a year (%)</source>
        <translation>Pertumbuhan setahun (%)</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>Nilai asas</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Years required</source>
        <translation>Tempoh diperlukan (tahun)</translation>
    </message>
    <message>
        <source>Base value ({symbol} bn)</source>
        <translation>Nilai asas ({symbol} bilion)</translation>
    </message>
    <message>
        <source>Target ({symbol} bn)</source>
        <translation>Nilai sasaran ({symbol} bilion)</translation>
    </message>
    <message>
        <source>Growth a year</source>
        <translation>Pertumbuhan setahun</translation>
    </message>
    <message>
        <source>The starting value, in billions of the display currency; the scenario&apos;s is its base-year trade</source>
        <translation>Nilai permulaan, dalam bilion mata wang paparan; bagi senario, nilai ini ialah perdagangan tahun asasnya</translation>
    </message>
    <message>
        <source>The value to reach, in billions of the display currency</source>
        <translation>Nilai yang hendak dicapai, dalam bilion mata wang paparan</translation>
    </message>
    <message>
        <source>Years from the base value to the target; fractions are allowed</source>
        <translation>Bilangan tahun dari nilai asas hingga sasaran; pecahan dibenarkan</translation>
    </message>
    <message>
        <source>Compound growth a year in per cent: type 13.97 for 13.97 %</source>
        <translation>Pertumbuhan berkompaun setahun dalam peratus: taip 13.97 bagi 13.97 %</translation>
    </message>
    <message>
        <source>Work out the base value</source>
        <translation>Kira nilai asas</translation>
    </message>
    <message>
        <source>Work out the target</source>
        <translation>Kira sasaran</translation>
    </message>
    <message>
        <source>Work out the years required</source>
        <translation>Kira tempoh diperlukan</translation>
    </message>
    <message>
        <source>Work out the growth a year</source>
        <translation>Kira pertumbuhan setahun</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>A calculator: give three of the four and it works out the one you choose. It does not change the scenario.</source>
        <translation>Kalkulator: berikan tiga daripada empat nilai dan ia akan mengira nilai yang anda pilih. Ia tidak mengubah senario.</translation>
    </message>
    <message>
        <source>Choose the one to work out:</source>
        <translation>Pilih nilai yang hendak dikira:</translation>
    </message>
    <message>
        <source>Choose the one to work out from the other three; its field shows the answer</source>
        <translation>Pilih nilai yang hendak dikira daripada tiga nilai yang lain; medannya memaparkan jawapan</translation>
    </message>
    <message>
        <source>Problem with the entries</source>
        <translation>Masalah pada input</translation>
    </message>
    <message>
        <source>The answer in words</source>
        <translation>Jawapan dalam bentuk ayat</translation>
    </message>
    <message>
        <source>The unknown worked out from the other three, as a sentence</source>
        <translation>Nilai yang tidak diketahui, dikira daripada tiga nilai yang lain, dalam bentuk ayat</translation>
    </message>
    <message>
        <source>Ta&amp;ke the scenario&apos;s figures</source>
        <translation>&amp;Guna angka senario</translation>
    </message>
    <message>
        <source>Take the scenario&apos;s figures</source>
        <translation>Guna angka senario</translation>
    </message>
    <message>
        <source>Fills in the base value, target, years and growth of the current scenario and follows the scenario until you type</source>
        <translation>Mengisi nilai asas, sasaran, tempoh dan pertumbuhan daripada senario semasa, dan mengikuti senario itu sehingga anda menaip</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the disk is read-only</source>
        <translation>cakera ini baca sahaja</translation>
    </message>
    <message>
        <source>the folder is read-only, or you do not have permission to write there</source>
        <translation>folder ini baca sahaja, atau anda tidak mempunyai kebenaran untuk menulis di situ</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>cakera penuh</translation>
    </message>
    <message>
        <source>the folder “{folder}” does not exist</source>
        <translation>folder “{folder}” tidak wujud</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>terdapat folder dengan nama yang sama yang menghalang</translation>
    </message>
    <message>
        <source>Could not save “{name}”: {reason}.</source>
        <translation>Tidak dapat menyimpan “{name}”: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” was written, but the disk did not confirm it ({reason}); save again before relying on it.</source>
        <translation>“{name}” telah ditulis, tetapi cakera tidak mengesahkannya ({reason}); simpan semula sebelum bergantung padanya.</translation>
    </message>
    <message>
        <source>it is not a regular file but a named pipe, a device or a socket</source>
        <translation>ia bukan fail biasa tetapi paip bernama, peranti atau soket</translation>
    </message>
    <message>
        <source>the file is read-only, or you do not have permission to change it</source>
        <translation>fail ini baca sahaja, atau anda tidak mempunyai kebenaran untuk mengubahnya</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>fail itu tidak wujud</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ia ialah folder, bukan fail</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>anda tidak mempunyai kebenaran untuk membacanya</translation>
    </message>
    <message>
        <source>Could not open “{name}”: {reason}.</source>
        <translation>Tidak dapat membuka “{name}”: {reason}.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>%n byte(s)</source>
        <translation>%n bait</translation>
    </message>
    <message>
        <source>“{name}” is larger than {size}; it is not a Trade Target file.</source>
        <translation>“{name}” lebih besar daripada {size}; ia bukan fail Trade Target.</translation>
    </message>
    <message>
        <source>Could not open “{name}”: it is not a regular file.</source>
        <translation>Tidak dapat membuka “{name}”: ia bukan fail biasa.</translation>
    </message>
    <message>
        <source>“{name}” is not UTF-8 text.</source>
        <translation>“{name}” bukan teks UTF-8.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Required annual growth</source>
        <translation>Pertumbuhan tahunan diperlukan</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Tahun sasaran</translation>
    </message>
    <message>
        <source>Latest-year estimate</source>
        <translation>Anggaran tahun terkini</translation>
    </message>
    <message>
        <source>Observed growth</source>
        <translation>Pertumbuhan dicerap</translation>
    </message>
    <message>
        <source>Growth still needed</source>
        <translation>Pertumbuhan yang masih diperlukan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Target reached at the observed trend</source>
        <translation>Sasaran tercapai pada trend dicerap</translation>
    </message>
    <message>
        <source>Chance of reaching the target</source>
        <translation>Peluang mencapai sasaran</translation>
    </message>
    <message>
        <source>Yearly compound growth needed to reach the target by the target year</source>
        <translation>Pertumbuhan berkompaun tahunan yang diperlukan untuk mencapai sasaran menjelang tahun sasaran</translation>
    </message>
    <message>
        <source>Base year plus the years to target you set</source>
        <translation>Tahun asas ditambah tempoh ke sasaran yang anda tetapkan</translation>
    </message>
    <message>
        <source>The latest part-year figure scaled up to a full year</source>
        <translation>Angka sebahagian tahun terkini yang diskalakan kepada setahun penuh</translation>
    </message>
    <message>
        <source>Growth from the base year to the latest-year estimate</source>
        <translation>Pertumbuhan dari tahun asas hingga anggaran tahun terkini</translation>
    </message>
    <message>
        <source>Yearly compound growth needed from the latest-year estimate to reach the target by the target year</source>
        <translation>Pertumbuhan berkompaun setahun yang diperlukan dari anggaran tahun terkini untuk mencapai sasaran menjelang tahun sasaran</translation>
    </message>
    <message>
        <source>Observed growth compared with the growth required</source>
        <translation>Pertumbuhan dicerap berbanding pertumbuhan diperlukan</translation>
    </message>
    <message>
        <source>The year the target is reached if the observed growth continues</source>
        <translation>Tahun sasaran dicapai jika pertumbuhan dicerap berterusan</translation>
    </message>
    <message>
        <source>The chance that trade reaches the target by the target year, from the ups and downs of the imported annual history</source>
        <translation>Peluang perdagangan mencapai sasaran menjelang tahun sasaran, berdasarkan turun naik sejarah tahunan yang diimport</translation>
    </message>
    <message>
        <source>How the required annual growth is worked out</source>
        <translation>Cara pertumbuhan tahunan diperlukan dikira</translation>
    </message>
    <message>
        <source>How the target year is worked out</source>
        <translation>Cara tahun sasaran dikira</translation>
    </message>
    <message>
        <source>How the latest-year estimate is worked out</source>
        <translation>Cara anggaran tahun terkini dikira</translation>
    </message>
    <message>
        <source>How the observed growth is worked out</source>
        <translation>Cara pertumbuhan dicerap dikira</translation>
    </message>
    <message>
        <source>How the growth still needed is worked out</source>
        <translation>Cara pertumbuhan yang masih diperlukan dikira</translation>
    </message>
    <message>
        <source>How the progress is worked out</source>
        <translation>Cara kemajuan dikira</translation>
    </message>
    <message>
        <source>How the target reached at the observed trend is worked out</source>
        <translation>Cara tahun sasaran tercapai pada trend dicerap dikira</translation>
    </message>
    <message>
        <source>How the chance is worked out</source>
        <translation>Cara peluang dikira</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>({target} ÷ {base})^(1/{years}) − 1: compound growth from {base_year} to {target_year}.</source>
        <translation>({target} ÷ {base})^(1/{years}) − 1: pertumbuhan berkompaun dari {base_year} hingga {target_year}.</translation>
    </message>
    <message>
        <source>{base_year} + %n year(s): an assumption (the source states no deadline).</source>
        <translation>{base_year} + %n tahun: satu andaian (sumber tidak menyatakan tarikh akhir).</translation>
    </message>
    <message>
        <source>{amount} ({year}, full year)</source>
        <translation>{amount} ({year}, setahun penuh)</translation>
    </message>
    <message>
        <source>{amount} ({year}, estimate)</source>
        <translation>{amount} ({year}, anggaran)</translation>
    </message>
    <message>
        <source>Run-rate: {amount} for %n of 12 months × 12/{months}. An estimate: seasonality not corrected.</source>
        <translation>Unjuran kadar larian: {amount} bagi %n daripada 12 bulan × 12/{months}. Satu anggaran: tanpa pelarasan bermusim.</translation>
    </message>
    <message>
        <source>{latest_year} estimate over {base_year} reported, at {rate} RM per US$.</source>
        <translation>Anggaran {latest_year} berbanding angka dilaporkan {base_year}, pada {rate} RM setiap US$.</translation>
    </message>
    <message>
        <source>({latest_year} ÷ {base_year})^(1/{span}) − 1: growth a year, compounded over the {span} years between them, at {rate} RM per US$.</source>
        <translation>({latest_year} ÷ {base_year})^(1/{span}) − 1: pertumbuhan setahun, dikompaun sepanjang {span} tahun di antaranya, pada {rate} RM setiap US$.</translation>
    </message>
    <message>
        <source>The latest estimate is already at or above the target.</source>
        <translation>Anggaran terkini sudah mencapai atau melebihi sasaran.</translation>
    </message>
    <message>
        <source>Trade has fallen below a target the base year had reached, and the target year {target_year} leaves no year after {latest_year} to catch up.</source>
        <translation>Perdagangan telah jatuh di bawah sasaran yang telah dicapai pada tahun asas, dan tahun sasaran {target_year} tidak meninggalkan sebarang tahun selepas {latest_year} untuk mengejarnya.</translation>
    </message>
    <message>
        <source>The base year had already reached the target. Observed growth ÷ the catch-up growth needed from {latest_year} back to the target by {target_year} ({need}) = {ratio} (on track ≥ {on_track}; acceleration {acceleration}–{on_track}; limited {zero}–{acceleration}).</source>
        <translation>Tahun asas sudah mencapai sasaran. Pertumbuhan dicerap ÷ pertumbuhan kejar yang diperlukan dari {latest_year} untuk kembali ke sasaran menjelang {target_year} ({need}) = {ratio} (di landasan yang betul ≥ {on_track}; perlu dipercepatkan {acceleration}–{on_track}; kemajuan terhad {zero}–{acceleration}).</translation>
    </message>
    <message>
        <source>Observed ÷ required growth = {ratio} (on track ≥ {on_track}; acceleration {acceleration}–{on_track}; limited {zero}–{acceleration}).</source>
        <translation>Pertumbuhan dicerap ÷ pertumbuhan diperlukan = {ratio} (di landasan yang betul ≥ {on_track}; perlu dipercepatkan {acceleration}–{on_track}; kemajuan terhad {zero}–{acceleration}).</translation>
    </message>
    <message>
        <source>Not at this trend</source>
        <translation>Tidak tercapai pada trend ini</translation>
    </message>
    <message>
        <source>Observed growth is zero or negative, so the trend never reaches the target.</source>
        <translation>Pertumbuhan dicerap adalah sifar atau negatif, jadi trend ini tidak akan mencapai sasaran.</translation>
    </message>
    <message>
        <source>The latest estimate already reaches the target.</source>
        <translation>Anggaran terkini sudah mencapai sasaran.</translation>
    </message>
    <message>
        <source>{years} years from {latest_year} at {percent} a year: ln(target ÷ estimate) ÷ ln(1 + growth).</source>
        <translation>{years} tahun dari {latest_year} pada {percent} setahun: ln(sasaran ÷ anggaran) ÷ ln(1 + pertumbuhan).</translation>
    </message>
    <message>
        <source>{percent} a year</source>
        <translation>{percent} setahun</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Assumptions</source>
        <translation>Andaian</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Trajektori</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Required (US$ bn)</source>
        <translation>Diperlukan (US$ bilion)</translation>
    </message>
    <message>
        <source>Required (RM bn)</source>
        <translation>Diperlukan (RM bilion)</translation>
    </message>
    <message>
        <source>At observed trend (US$ bn)</source>
        <translation>Pada trend dicerap (US$ bilion)</translation>
    </message>
    <message>
        <source>At observed trend (RM bn)</source>
        <translation>Pada trend dicerap (RM bilion)</translation>
    </message>
    <message>
        <source>Gap, trend − required (US$ bn)</source>
        <translation>Jurang, trend − diperlukan (US$ bilion)</translation>
    </message>
    <message>
        <source>Gap, trend − required (RM bn)</source>
        <translation>Jurang, trend − diperlukan (RM bilion)</translation>
    </message>
    <message>
        <source>Catch-up path (US$ bn)</source>
        <translation>Laluan kejar (US$ bilion)</translation>
    </message>
    <message>
        <source>Catch-up path (RM bn)</source>
        <translation>Laluan kejar (RM bilion)</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Perbandingan senario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Senario</translation>
    </message>
    <message>
        <source>Exchange rate (RM per US$)</source>
        <translation>Kadar pertukaran (RM setiap US$)</translation>
    </message>
    <message>
        <source>Years to target</source>
        <translation>Tempoh ke sasaran (tahun)</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Tahun sasaran</translation>
    </message>
    <message>
        <source>Required growth (fraction a year)</source>
        <translation>Pertumbuhan diperlukan (pecahan setahun)</translation>
    </message>
    <message>
        <source>Observed growth (fraction a year)</source>
        <translation>Pertumbuhan dicerap (pecahan setahun)</translation>
    </message>
    <message>
        <source>Progress ratio</source>
        <translation>Nisbah kemajuan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Year reached at trend</source>
        <translation>Tahun tercapai pada trend</translation>
    </message>
    <message>
        <source>Catch-up growth (fraction a year)</source>
        <translation>Pertumbuhan kejar (pecahan setahun)</translation>
    </message>
    <message>
        <source>Chance of reaching the target (fraction)</source>
        <translation>Peluang mencapai sasaran (pecahan)</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Tahun asas</translation>
    </message>
    <message>
        <source>Base value (US$ bn)</source>
        <translation>Nilai asas (US$ bilion)</translation>
    </message>
    <message>
        <source>Target (US$ bn)</source>
        <translation>Sasaran (US$ bilion)</translation>
    </message>
    <message>
        <source>Latest figure</source>
        <translation>Angka terkini</translation>
    </message>
    <message>
        <source>Latest figure&apos;s year</source>
        <translation>Tahun angka terkini</translation>
    </message>
    <message>
        <source>Months covered by the latest figure</source>
        <translation>Bulan diliputi oleh angka terkini</translation>
    </message>
    <message>
        <source>Latest figure, months covered (US$ bn)</source>
        <translation>Angka terkini, bulan diliputi (US$ bilion)</translation>
    </message>
    <message>
        <source>Latest figure, annualised (US$ bn)</source>
        <translation>Angka terkini, disetahunkan (US$ bilion)</translation>
    </message>
    <message>
        <source>How the latest figure is annualised</source>
        <translation>Cara angka terkini disetahunkan</translation>
    </message>
    <message>
        <source>run-rate × 12/{months}, no seasonal correction</source>
        <translation>unjuran kadar larian × 12/{months}, tanpa pelarasan bermusim</translation>
    </message>
    <message>
        <source>How the observed growth is taken</source>
        <translation>Cara pertumbuhan dicerap diambil</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versi aplikasi</translation>
    </message>
    <message>
        <source>Date of export</source>
        <translation>Tarikh eksport</translation>
    </message>
    <message>
        <source>{method}, {first}–{last}</source>
        <translation>{method}, {first}–{last}</translation>
    </message>
    <message>
        <source>{symbol}{amount} billion</source>
        <translation>{symbol}{amount} bilion</translation>
    </message>
    <message>
        <source>{qualifier} {amount}</source>
        <translation>{qualifier} {amount}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Trade figures attributed to {who}.</source>
        <translation>Angka perdagangan bersumberkan {who}.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Jadual</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Andaian</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>As reported</source>
        <translation>Seperti dilaporkan</translation>
    </message>
    <message>
        <source>Quote from the source</source>
        <translation>Petikan daripada sumber</translation>
    </message>
    <message>
        <source>{choices} or {extension}</source>
        <translation>{choices} atau {extension}</translation>
    </message>
    <message>
        <source>Could not export “{name}”: choose a file ending in {choices}.</source>
        <translation>Tidak dapat mengeksport “{name}”: pilih fail yang berakhir dengan {choices}.</translation>
    </message>
    <message>
        <source>Could not export “{name}”: there is no table to export.</source>
        <translation>Tidak dapat mengeksport “{name}”: tiada jadual untuk dieksport.</translation>
    </message>
</context>
<context>
    <name>TrajectoryModel</name>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Required
(US$ bn)</source>
        <translation>Diperlukan
(US$ bilion)</translation>
    </message>
    <message>
        <source>Required
(RM bn)</source>
        <translation>Diperlukan
(RM bilion)</translation>
    </message>
    <message>
        <source>At observed
trend ({symbol} bn)</source>
        <translation>Pada trend
dicerap ({symbol} bilion)</translation>
    </message>
    <message>
        <source>Gap: trend −
required ({symbol} bn)</source>
        <translation>Jurang: trend −
diperlukan ({symbol} bilion)</translation>
    </message>
    <message>
        <source>Catch-up
path ({symbol} bn)</source>
        <translation>Laluan
kejar ({symbol} bilion)</translation>
    </message>
    <message>
        <source>Negative: the observed trend falls short of the required path that year.</source>
        <translation>Negatif: trend dicerap kurang daripada laluan diperlukan pada tahun itu.</translation>
    </message>
    <message>
        <source>From the latest figure to the target in the target year, at the catch-up growth; blank before the latest year.</source>
        <translation>Dari angka terkini ke sasaran pada tahun sasaran, pada pertumbuhan kejar; kosong sebelum tahun terkini.</translation>
    </message>
    <message>
        <source>Base year: the reported figure.</source>
        <translation>Tahun asas: angka yang dilaporkan.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>From the {year} estimate, it now takes {growth} a year to {target_year}.</source>
        <translation>Dari anggaran {year}, kini diperlukan pertumbuhan {growth} setahun hingga {target_year}.</translation>
    </message>
    <message>
        <source>From the {year} figure, it now takes {growth} a year to {target_year}.</source>
        <translation>Dari angka {year}, kini diperlukan pertumbuhan {growth} setahun hingga {target_year}.</translation>
    </message>
    <message>
        <source>{symbol}{amount} bn</source>
        <translation>{symbol}{amount} bilion</translation>
    </message>
    <message>
        <source>{amount} (estimate)</source>
        <translation>{amount} (anggaran)</translation>
    </message>
    <message>
        <source>{status}: trade in {year}, {latest}, already reaches the {target} target.</source>
        <translation>{status}: perdagangan pada {year}, {latest}, sudah mencapai sasaran {target}.</translation>
    </message>
    <message>
        <source>{status}: trade reached the {target} target in {base_year} but is falling ({observed} a year); trade in {year}, {latest}, is below it and will not reach it again at this trend.</source>
        <translation>{status}: perdagangan mencapai sasaran {target} pada {base_year} tetapi sedang menurun ({observed} setahun); perdagangan pada {year}, {latest}, berada di bawahnya dan tidak akan mencapainya semula pada trend ini.</translation>
    </message>
    <message>
        <source>{status}: the target needs {required} a year to {target_year}, but trade is falling ({observed} a year) and will not reach {target} at this trend.</source>
        <translation>{status}: sasaran memerlukan pertumbuhan {required} setahun hingga {target_year}, tetapi perdagangan sedang menurun ({observed} setahun) dan tidak akan mencapai {target} pada trend ini.</translation>
    </message>
    <message>
        <source>{status}: the target needs {required} a year to {target_year}, but trade is not growing ({observed} a year) and will not reach {target} at this trend.</source>
        <translation>{status}: sasaran memerlukan pertumbuhan {required} setahun hingga {target_year}, tetapi perdagangan tidak berkembang ({observed} setahun) dan tidak akan mencapai {target} pada trend ini.</translation>
    </message>
    <message>
        <source>{status}: the target needs {required} a year to {target_year}; trade is growing {observed} a year and would reach {target} in {year}, %n year(s) late.</source>
        <translation>{status}: sasaran memerlukan pertumbuhan {required} setahun hingga {target_year}; perdagangan berkembang {observed} setahun dan akan mencapai {target} pada {year}, lewat %n tahun.</translation>
    </message>
    <message>
        <source>{status}: the target needs {required} a year to {target_year}; trade is growing {observed} a year and would reach {target} in {year}, %n year(s) early.</source>
        <translation>{status}: sasaran memerlukan pertumbuhan {required} setahun hingga {target_year}; perdagangan berkembang {observed} setahun dan akan mencapai {target} pada {year}, %n tahun lebih awal.</translation>
    </message>
    <message>
        <source>{status}: the target needs {required} a year to {target_year}; trade is growing {observed} a year and would reach {target} in {year}, on time.</source>
        <translation>{status}: sasaran memerlukan pertumbuhan {required} setahun hingga {target_year}; perdagangan berkembang {observed} setahun dan akan mencapai {target} pada {year}, tepat pada masanya.</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Rumusan</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>Tanda betul</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Amaran</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Pangkah</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Senario memerlukan nama.</translation>
    </message>
    <message>
        <source>A scenario name holds a character that is not text.</source>
        <translation>Nama senario mengandungi aksara yang bukan teks.</translation>
    </message>
    <message>
        <source>A scenario name is at most {most} characters.</source>
        <translation>Nama senario tidak boleh melebihi {most} aksara.</translation>
    </message>
    <message>
        <source>A workbook holds at least one scenario.</source>
        <translation>Buku kerja mesti mengandungi sekurang-kurangnya satu senario.</translation>
    </message>
    <message>
        <source>The current scenario is not in the workbook.</source>
        <translation>Senario semasa tiada dalam buku kerja.</translation>
    </message>
    <message>
        <source>Article figures</source>
        <translation>Angka artikel</translation>
    </message>
    <message>
        <source>A scenario name cannot hold control characters or text-direction overrides; it holds {code}.</source>
        <translation>Nama senario tidak boleh mengandungi aksara kawalan atau aksara pengatasan arah teks; ia mengandungi {code}.</translation>
    </message>
    <message>
        <source>No scenario is named “{name}”.</source>
        <translation>Tiada senario bernama “{name}”.</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (salinan)</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (salinan {number})</translation>
    </message>
    <message>
        <source>Another scenario is already named “{name}”.</source>
        <translation>Senario lain sudah dinamakan “{name}”.</translation>
    </message>
    <message>
        <source>The last scenario cannot be deleted.</source>
        <translation>Senario terakhir tidak boleh dipadam.</translation>
    </message>
</context>
</TS>
