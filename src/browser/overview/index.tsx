/**
 * The web page's overview of many workbooks: the buttons that pick them (a few lines, always loaded) and the
 * overview itself, whose code (the checking of many files, the charts) loads only when it is first shown.
 */
import { Button, Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';

const Overview = lazy(() => import(/* webpackChunkName: "overview" */ './Overview'));

/** The workbooks of a folder that the overview reads: .xlsx files, not Excel's `~$` lock files. */
export function workbooksOf(files: File[]): File[] {
  return files.filter((f) => /\.xlsx$/i.test(f.name) && !f.name.startsWith('~$'));
}

/** Opens the browser's file picker for several files, or for a folder, without an input kept in the page. */
function pick(folder: boolean, onFiles: (files: File[]) => void) {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  if (folder) input.webkitdirectory = true;
  else input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    // From a folder only its workbooks; files picked one by one are all shown, a wrong one as unreadable.
    const chosen = folder ? workbooksOf(files) : files;
    if (chosen.length) onFiles(chosen);
  });
  input.click();
}

export function OverviewButtons({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  return (
    <>
      <Button disabled={disabled} title="一次选择多个 .xlsx 文件，先看汇总、图表和每张表的问题" onClick={() => pick(false, onFiles)}>
        汇总多个文件
      </Button>
      <Button disabled={disabled} title="选择一个文件夹，汇总其中全部 .xlsx 文件" onClick={() => pick(true, onFiles)}>
        汇总文件夹
      </Button>
    </>
  );
}

export function OverviewPane(props: { files: File[]; onClose: () => void; onOpen: (file: File) => void }) {
  return (
    <Suspense fallback={<Spinner label="正在加载汇总…" />}>
      <Overview {...props} />
    </Suspense>
  );
}
