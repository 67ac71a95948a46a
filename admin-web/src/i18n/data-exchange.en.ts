/** Export and import messages of the console, en. */
export default {
  exchange: {
    export: 'Export',
    asXlsx: 'Excel (XLSX)',
    asCsv: 'CSV',
    exporting: 'Exporting',
    progress: '{rows} of {total} rows received',
    exported: 'Exported no rows | Exported {n} row | Exported {n} rows',
    import: 'Import',
    importTitle: 'Import from Excel',
    step1: 'Download the template and fill it in (columns marked * are required):',
    step2: 'Choose the filled-in XLSX file (at most {mb} MB):',
    step3:
      'Check it first: every problem is listed by row, and checking writes nothing. Once it passes, import writes all rows together.',
    template: 'Download template',
    pick: 'Choose file',
    noFile: 'No file chosen',
    check: 'Check',
    apply: 'Import',
    checkedOk: 'Check passed: the row can be imported | Check passed: all {n} rows can be imported',
    checkedBad:
      'Found {n} problem in {rows} rows; nothing was written | Found {n} problems in {rows} rows; nothing was written',
    row: 'Row',
    column: 'Column',
    problem: 'Problem',
    imported: 'Imported {n} row | Imported {n} rows',
    tooLarge: 'The file must not exceed {mb} MB',
    failed: 'That did not work; try again later',
  },
};
