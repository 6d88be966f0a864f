"""人口家庭服务台账 (Family Ledger)."""

__version__ = "0.1.0"
APP_NAME = "Family Ledger"
APP_NAME_ZH = "人口家庭服务台账"
ORG_NAME = "FamilyLedger"
