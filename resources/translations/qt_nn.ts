<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own texts in nynorsk that Qt's qtbase_nn lacks (its file dialog texts are from an
     older Qt). Compile: pyside6-lrelease qt_nn.ts (ui/i18n.py loads it over Qt's). -->
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Leit i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typen:</translation>
    </message>
</context>
</TS>
