import type { ReactNode } from 'react';
import { Cell, Column, Row, Table as AriaTable, TableBody, TableHeader } from 'react-aria-components';
import styles from './Table.module.css';

export type TableColumn = {
  name: string;
  /** The column that names each row (one per table): screen readers announce it with every cell. */
  isRowHeader?: boolean;
  /** Named for screen readers only (a column of buttons). */
  hideName?: boolean;
};

export type TableRow = { id: string; cells: ReactNode[] };

/**
 * Rows of facts under named columns, navigable by arrow keys. On a narrow screen it scrolls
 * sideways inside its own box; the page does not.
 */
export function Table({ label, columns, rows }: { label: string; columns: TableColumn[]; rows: TableRow[] }) {
  return (
    <div className={styles.scroll}>
      <AriaTable aria-label={label} className={styles.table}>
        <TableHeader>
          {columns.map((column) => (
            <Column key={column.name} isRowHeader={column.isRowHeader ?? false} className={styles.column}>
              {column.hideName ? <span className="visually-hidden">{column.name}</span> : column.name}
            </Column>
          ))}
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <Row key={row.id} id={row.id} className={styles.row}>
              {row.cells.map((cell, index) => (
                <Cell key={columns[index]?.name ?? index} className={styles.cell}>
                  {cell}
                </Cell>
              ))}
            </Row>
          ))}
        </TableBody>
      </AriaTable>
    </div>
  );
}
