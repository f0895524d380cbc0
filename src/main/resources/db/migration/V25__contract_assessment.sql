-- The maintenance assessment (维保考核, issue 17) is a document of the same review as the period reports: a row of
-- contract_report with document = 'ASSESSMENT'. A contract has at most one report and one assessment per period.
alter table contract_report add column document varchar(16) default 'REPORT' not null;
alter table contract_report drop constraint uq_contract_report_period;
alter table contract_report add constraint uq_contract_report_document unique (contract_code, period, document);
