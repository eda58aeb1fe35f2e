# Generated from forms/dossier_policy.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the form.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DossierPolicyPage(object):
    def setupUi(self, DossierPolicyPage):
        if not DossierPolicyPage.objectName():
            DossierPolicyPage.setObjectName(u"DossierPolicyPage")
        DossierPolicyPage.resize(900, 640)
        self.policy_layout = QVBoxLayout(DossierPolicyPage)
        self.policy_layout.setObjectName(u"policy_layout")
        self.policy_standard_label = QLabel(DossierPolicyPage)
        self.policy_standard_label.setObjectName(u"policy_standard_label")
        self.policy_standard_label.setWordWrap(True)

        self.policy_layout.addWidget(self.policy_standard_label)

        self.versions_table = QTableWidget(DossierPolicyPage)
        self.versions_table.setObjectName(u"versions_table")
        self.versions_table.setAlternatingRowColors(True)
        self.versions_table.setMaximumSize(QSize(16777215, 130))

        self.policy_layout.addWidget(self.versions_table)

        self.version_buttons = QHBoxLayout()
        self.version_buttons.setObjectName(u"version_buttons")
        self.new_version_button = QPushButton(DossierPolicyPage)
        self.new_version_button.setObjectName(u"new_version_button")

        self.version_buttons.addWidget(self.new_version_button)

        self.save_draft_button = QPushButton(DossierPolicyPage)
        self.save_draft_button.setObjectName(u"save_draft_button")

        self.version_buttons.addWidget(self.save_draft_button)

        self.submit_button = QPushButton(DossierPolicyPage)
        self.submit_button.setObjectName(u"submit_button")

        self.version_buttons.addWidget(self.submit_button)

        self.return_button = QPushButton(DossierPolicyPage)
        self.return_button.setObjectName(u"return_button")

        self.version_buttons.addWidget(self.return_button)

        self.approve_button = QPushButton(DossierPolicyPage)
        self.approve_button.setObjectName(u"approve_button")

        self.version_buttons.addWidget(self.approve_button)

        self.delete_draft_button = QPushButton(DossierPolicyPage)
        self.delete_draft_button.setObjectName(u"delete_draft_button")

        self.version_buttons.addWidget(self.delete_draft_button)

        self.version_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.version_buttons.addItem(self.version_spacer)


        self.policy_layout.addLayout(self.version_buttons)

        self.version_status_label = QLabel(DossierPolicyPage)
        self.version_status_label.setObjectName(u"version_status_label")
        self.version_status_label.setWordWrap(True)

        self.policy_layout.addWidget(self.version_status_label)

        self.policy_tabs = QTabWidget(DossierPolicyPage)
        self.policy_tabs.setObjectName(u"policy_tabs")
        self.fee_tab = QWidget()
        self.fee_tab.setObjectName(u"fee_tab")
        self.fee_layout = QVBoxLayout(self.fee_tab)
        self.fee_layout.setObjectName(u"fee_layout")
        self.fee_form = QFormLayout()
        self.fee_form.setObjectName(u"fee_form")
        self.fee_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fee_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.compulsory_rate_edit_label = QLabel(self.fee_tab)
        self.compulsory_rate_edit_label.setObjectName(u"compulsory_rate_edit_label")

        self.fee_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.compulsory_rate_edit_label)

        self.compulsory_rate_edit = QLineEdit(self.fee_tab)
        self.compulsory_rate_edit.setObjectName(u"compulsory_rate_edit")

        self.fee_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.compulsory_rate_edit)

        self.commercial_rate_edit_label = QLabel(self.fee_tab)
        self.commercial_rate_edit_label.setObjectName(u"commercial_rate_edit_label")

        self.fee_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commercial_rate_edit_label)

        self.commercial_rate_edit = QLineEdit(self.fee_tab)
        self.commercial_rate_edit.setObjectName(u"commercial_rate_edit")

        self.fee_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commercial_rate_edit)

        self.other_rate_edit_label = QLabel(self.fee_tab)
        self.other_rate_edit_label.setObjectName(u"other_rate_edit_label")

        self.fee_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.other_rate_edit_label)

        self.other_rate_edit = QLineEdit(self.fee_tab)
        self.other_rate_edit.setObjectName(u"other_rate_edit")

        self.fee_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.other_rate_edit)

        self.region_edit_label = QLabel(self.fee_tab)
        self.region_edit_label.setObjectName(u"region_edit_label")

        self.fee_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.region_edit_label)

        self.region_edit = QLineEdit(self.fee_tab)
        self.region_edit.setObjectName(u"region_edit")

        self.fee_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.region_edit)


        self.fee_layout.addLayout(self.fee_form)

        self.bonuses_label = QLabel(self.fee_tab)
        self.bonuses_label.setObjectName(u"bonuses_label")

        self.fee_layout.addWidget(self.bonuses_label)

        self.bonuses_table = QTableWidget(self.fee_tab)
        self.bonuses_table.setObjectName(u"bonuses_table")
        self.bonuses_table.setAlternatingRowColors(True)

        self.fee_layout.addWidget(self.bonuses_table)

        self.bonus_buttons = QHBoxLayout()
        self.bonus_buttons.setObjectName(u"bonus_buttons")
        self.add_bonus_button = QPushButton(self.fee_tab)
        self.add_bonus_button.setObjectName(u"add_bonus_button")

        self.bonus_buttons.addWidget(self.add_bonus_button)

        self.remove_bonus_button = QPushButton(self.fee_tab)
        self.remove_bonus_button.setObjectName(u"remove_bonus_button")

        self.bonus_buttons.addWidget(self.remove_bonus_button)

        self.bonus_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bonus_buttons.addItem(self.bonus_spacer)


        self.fee_layout.addLayout(self.bonus_buttons)

        self.breach_label = QLabel(self.fee_tab)
        self.breach_label.setObjectName(u"breach_label")
        self.breach_label.setWordWrap(True)

        self.fee_layout.addWidget(self.breach_label)

        self.policy_tabs.addTab(self.fee_tab, "")
        self.underwriting_tab = QWidget()
        self.underwriting_tab.setObjectName(u"underwriting_tab")
        self.underwriting_form = QFormLayout(self.underwriting_tab)
        self.underwriting_form.setObjectName(u"underwriting_form")
        self.underwriting_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.underwriting_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.vehicle_group = QGroupBox(self.underwriting_tab)
        self.vehicle_group.setObjectName(u"vehicle_group")
        self.vehicle_grid = QGridLayout(self.vehicle_group)
        self.vehicle_grid.setObjectName(u"vehicle_grid")
        self.private_car_check = QCheckBox(self.vehicle_group)
        self.private_car_check.setObjectName(u"private_car_check")

        self.vehicle_grid.addWidget(self.private_car_check, 0, 0, 1, 1)

        self.commercial_passenger_check = QCheckBox(self.vehicle_group)
        self.commercial_passenger_check.setObjectName(u"commercial_passenger_check")

        self.vehicle_grid.addWidget(self.commercial_passenger_check, 0, 1, 1, 1)

        self.truck_check = QCheckBox(self.vehicle_group)
        self.truck_check.setObjectName(u"truck_check")

        self.vehicle_grid.addWidget(self.truck_check, 0, 2, 1, 1)

        self.new_energy_check = QCheckBox(self.vehicle_group)
        self.new_energy_check.setObjectName(u"new_energy_check")

        self.vehicle_grid.addWidget(self.new_energy_check, 1, 0, 1, 1)

        self.special_check = QCheckBox(self.vehicle_group)
        self.special_check.setObjectName(u"special_check")

        self.vehicle_grid.addWidget(self.special_check, 1, 1, 1, 1)


        self.underwriting_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.vehicle_group)

        self.max_vehicle_age_edit_label = QLabel(self.underwriting_tab)
        self.max_vehicle_age_edit_label.setObjectName(u"max_vehicle_age_edit_label")

        self.underwriting_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.max_vehicle_age_edit_label)

        self.max_vehicle_age_edit = QLineEdit(self.underwriting_tab)
        self.max_vehicle_age_edit.setObjectName(u"max_vehicle_age_edit")

        self.underwriting_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.max_vehicle_age_edit)

        self.conditions_edit_label = QLabel(self.underwriting_tab)
        self.conditions_edit_label.setObjectName(u"conditions_edit_label")

        self.underwriting_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.conditions_edit_label)

        self.conditions_edit = QPlainTextEdit(self.underwriting_tab)
        self.conditions_edit.setObjectName(u"conditions_edit")
        self.conditions_edit.setTabChangesFocus(True)
        self.conditions_edit.setMaximumSize(QSize(16777215, 70))

        self.underwriting_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.conditions_edit)

        self.exclusions_edit_label = QLabel(self.underwriting_tab)
        self.exclusions_edit_label.setObjectName(u"exclusions_edit_label")

        self.underwriting_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.exclusions_edit_label)

        self.exclusions_edit = QPlainTextEdit(self.underwriting_tab)
        self.exclusions_edit.setObjectName(u"exclusions_edit")
        self.exclusions_edit.setTabChangesFocus(True)
        self.exclusions_edit.setMaximumSize(QSize(16777215, 70))

        self.underwriting_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.exclusions_edit)

        self.exclusions_text_edit_label = QLabel(self.underwriting_tab)
        self.exclusions_text_edit_label.setObjectName(u"exclusions_text_edit_label")

        self.underwriting_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.exclusions_text_edit_label)

        self.exclusions_text_edit = QPlainTextEdit(self.underwriting_tab)
        self.exclusions_text_edit.setObjectName(u"exclusions_text_edit")
        self.exclusions_text_edit.setTabChangesFocus(True)
        self.exclusions_text_edit.setMaximumSize(QSize(16777215, 70))

        self.underwriting_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.exclusions_text_edit)

        self.policy_tabs.addTab(self.underwriting_tab, "")
        self.repair_tab = QWidget()
        self.repair_tab.setObjectName(u"repair_tab")
        self.repair_form = QFormLayout(self.repair_tab)
        self.repair_form.setObjectName(u"repair_form")
        self.repair_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.repair_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.new_car_ratio_edit_label = QLabel(self.repair_tab)
        self.new_car_ratio_edit_label.setObjectName(u"new_car_ratio_edit_label")

        self.repair_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.new_car_ratio_edit_label)

        self.new_car_ratio_edit = QLineEdit(self.repair_tab)
        self.new_car_ratio_edit.setObjectName(u"new_car_ratio_edit")

        self.repair_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_car_ratio_edit)

        self.renewal_ratio_edit_label = QLabel(self.repair_tab)
        self.renewal_ratio_edit_label.setObjectName(u"renewal_ratio_edit_label")

        self.repair_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.renewal_ratio_edit_label)

        self.renewal_ratio_edit = QLineEdit(self.repair_tab)
        self.renewal_ratio_edit.setObjectName(u"renewal_ratio_edit")

        self.repair_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.renewal_ratio_edit)

        self.min_monthly_premium_edit_label = QLabel(self.repair_tab)
        self.min_monthly_premium_edit_label.setObjectName(u"min_monthly_premium_edit_label")

        self.repair_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.min_monthly_premium_edit_label)

        self.min_monthly_premium_edit = QLineEdit(self.repair_tab)
        self.min_monthly_premium_edit.setObjectName(u"min_monthly_premium_edit")

        self.repair_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.min_monthly_premium_edit)

        self.min_sales_share_edit_label = QLabel(self.repair_tab)
        self.min_sales_share_edit_label.setObjectName(u"min_sales_share_edit_label")

        self.repair_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.min_sales_share_edit_label)

        self.min_sales_share_edit = QLineEdit(self.repair_tab)
        self.min_sales_share_edit.setObjectName(u"min_sales_share_edit")

        self.repair_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.min_sales_share_edit)

        self.referral_brands_edit_label = QLabel(self.repair_tab)
        self.referral_brands_edit_label.setObjectName(u"referral_brands_edit_label")

        self.repair_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referral_brands_edit_label)

        self.referral_brands_edit = QLineEdit(self.repair_tab)
        self.referral_brands_edit.setObjectName(u"referral_brands_edit")

        self.repair_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referral_brands_edit)

        self.policy_tabs.addTab(self.repair_tab, "")
        self.economics_tab = QWidget()
        self.economics_tab.setObjectName(u"economics_tab")
        self.economics_layout = QVBoxLayout(self.economics_tab)
        self.economics_layout.setObjectName(u"economics_layout")
        self.economics_form = QFormLayout()
        self.economics_form.setObjectName(u"economics_form")
        self.economics_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.economics_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.take_up_edit_label = QLabel(self.economics_tab)
        self.take_up_edit_label.setObjectName(u"take_up_edit_label")

        self.economics_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.take_up_edit_label)

        self.take_up_edit = QLineEdit(self.economics_tab)
        self.take_up_edit.setObjectName(u"take_up_edit")

        self.economics_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.take_up_edit)

        self.average_premium_edit_label = QLabel(self.economics_tab)
        self.average_premium_edit_label.setObjectName(u"average_premium_edit_label")

        self.economics_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.average_premium_edit_label)

        self.average_premium_edit = QLineEdit(self.economics_tab)
        self.average_premium_edit.setObjectName(u"average_premium_edit")

        self.economics_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.average_premium_edit)

        self.renewal_premium_edit_label = QLabel(self.economics_tab)
        self.renewal_premium_edit_label.setObjectName(u"renewal_premium_edit_label")

        self.economics_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.renewal_premium_edit_label)

        self.renewal_premium_edit = QLineEdit(self.economics_tab)
        self.renewal_premium_edit.setObjectName(u"renewal_premium_edit")

        self.economics_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.renewal_premium_edit)

        self.mix_compulsory_edit_label = QLabel(self.economics_tab)
        self.mix_compulsory_edit_label.setObjectName(u"mix_compulsory_edit_label")

        self.economics_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mix_compulsory_edit_label)

        self.mix_compulsory_edit = QLineEdit(self.economics_tab)
        self.mix_compulsory_edit.setObjectName(u"mix_compulsory_edit")

        self.economics_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mix_compulsory_edit)

        self.mix_commercial_edit_label = QLabel(self.economics_tab)
        self.mix_commercial_edit_label.setObjectName(u"mix_commercial_edit_label")

        self.economics_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mix_commercial_edit_label)

        self.mix_commercial_edit = QLineEdit(self.economics_tab)
        self.mix_commercial_edit.setObjectName(u"mix_commercial_edit")

        self.economics_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mix_commercial_edit)


        self.economics_layout.addLayout(self.economics_form)

        self.economics_buttons = QHBoxLayout()
        self.economics_buttons.setObjectName(u"economics_buttons")
        self.economics_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.economics_buttons.addItem(self.economics_spacer)

        self.calculate_button = QPushButton(self.economics_tab)
        self.calculate_button.setObjectName(u"calculate_button")

        self.economics_buttons.addWidget(self.calculate_button)


        self.economics_layout.addLayout(self.economics_buttons)

        self.economics_label = QLabel(self.economics_tab)
        self.economics_label.setObjectName(u"economics_label")
        self.economics_label.setWordWrap(True)
        self.economics_label.setTextFormat(Qt.RichText)

        self.economics_layout.addWidget(self.economics_label)

        self.policy_tabs.addTab(self.economics_tab, "")

        self.policy_layout.addWidget(self.policy_tabs)

        self.note_form = QFormLayout()
        self.note_form.setObjectName(u"note_form")
        self.note_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.note_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.policy_note_edit_label = QLabel(DossierPolicyPage)
        self.policy_note_edit_label.setObjectName(u"policy_note_edit_label")

        self.note_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.policy_note_edit_label)

        self.policy_note_edit = QLineEdit(DossierPolicyPage)
        self.policy_note_edit.setObjectName(u"policy_note_edit")

        self.note_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.policy_note_edit)


        self.policy_layout.addLayout(self.note_form)

#if QT_CONFIG(shortcut)
        self.compulsory_rate_edit_label.setBuddy(self.compulsory_rate_edit)
        self.commercial_rate_edit_label.setBuddy(self.commercial_rate_edit)
        self.other_rate_edit_label.setBuddy(self.other_rate_edit)
        self.region_edit_label.setBuddy(self.region_edit)
        self.max_vehicle_age_edit_label.setBuddy(self.max_vehicle_age_edit)
        self.conditions_edit_label.setBuddy(self.conditions_edit)
        self.exclusions_edit_label.setBuddy(self.exclusions_edit)
        self.exclusions_text_edit_label.setBuddy(self.exclusions_text_edit)
        self.new_car_ratio_edit_label.setBuddy(self.new_car_ratio_edit)
        self.renewal_ratio_edit_label.setBuddy(self.renewal_ratio_edit)
        self.min_monthly_premium_edit_label.setBuddy(self.min_monthly_premium_edit)
        self.min_sales_share_edit_label.setBuddy(self.min_sales_share_edit)
        self.referral_brands_edit_label.setBuddy(self.referral_brands_edit)
        self.take_up_edit_label.setBuddy(self.take_up_edit)
        self.average_premium_edit_label.setBuddy(self.average_premium_edit)
        self.renewal_premium_edit_label.setBuddy(self.renewal_premium_edit)
        self.mix_compulsory_edit_label.setBuddy(self.mix_compulsory_edit)
        self.mix_commercial_edit_label.setBuddy(self.mix_commercial_edit)
        self.policy_note_edit_label.setBuddy(self.policy_note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierPolicyPage)

        self.policy_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DossierPolicyPage)
    # setupUi

    def retranslateUi(self, DossierPolicyPage):
        DossierPolicyPage.setWindowTitle(QCoreApplication.translate("DossierPolicyPage", u"Draft policies", None))
        self.policy_standard_label.setText("")
        self.new_version_button.setText(QCoreApplication.translate("DossierPolicyPage", u"New draft", None))
        self.save_draft_button.setText(QCoreApplication.translate("DossierPolicyPage", u"Save draft", None))
        self.submit_button.setText(QCoreApplication.translate("DossierPolicyPage", u"Submit for approval", None))
        self.return_button.setText(QCoreApplication.translate("DossierPolicyPage", u"Return to draft", None))
        self.approve_button.setText(QCoreApplication.translate("DossierPolicyPage", u"Approve", None))
        self.delete_draft_button.setText(QCoreApplication.translate("DossierPolicyPage", u"Delete draft", None))
        self.version_status_label.setText("")
        self.compulsory_rate_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Compulsory (\u4ea4\u5f3a\u9669) rate (%)", None))
        self.compulsory_rate_edit.setPlaceholderText(QCoreApplication.translate("DossierPolicyPage", u"e.g. 4", None))
        self.commercial_rate_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Commercial rate (%)", None))
        self.commercial_rate_edit.setPlaceholderText(QCoreApplication.translate("DossierPolicyPage", u"e.g. 15", None))
        self.other_rate_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Other lines rate (%)", None))
        self.region_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Region for caps", None))
        self.region_edit.setPlaceholderText(QCoreApplication.translate("DossierPolicyPage", u"blank: the dealer's city, then province", None))
        self.bonuses_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Bonuses (a rate on a line counts toward its cap; or a fixed amount a year)", None))
        self.add_bonus_button.setText(QCoreApplication.translate("DossierPolicyPage", u"Add bonus", None))
        self.remove_bonus_button.setText(QCoreApplication.translate("DossierPolicyPage", u"Remove bonus", None))
        self.breach_label.setText("")
        self.policy_tabs.setTabText(self.policy_tabs.indexOf(self.fee_tab), QCoreApplication.translate("DossierPolicyPage", u"Fee policy", None))
        self.vehicle_group.setTitle(QCoreApplication.translate("DossierPolicyPage", u"Accepted vehicle types", None))
        self.private_car_check.setText(QCoreApplication.translate("DossierPolicyPage", u"Private cars", None))
        self.commercial_passenger_check.setText(QCoreApplication.translate("DossierPolicyPage", u"Commercial passenger vehicles", None))
        self.truck_check.setText(QCoreApplication.translate("DossierPolicyPage", u"Trucks", None))
        self.new_energy_check.setText(QCoreApplication.translate("DossierPolicyPage", u"New-energy vehicles", None))
        self.special_check.setText(QCoreApplication.translate("DossierPolicyPage", u"Special vehicles", None))
        self.max_vehicle_age_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Maximum vehicle age (years)", None))
        self.conditions_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Conditions", None))
        self.exclusions_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Exclusions (one per line)", None))
        self.exclusions_text_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Other exclusions", None))
        self.policy_tabs.setTabText(self.policy_tabs.indexOf(self.underwriting_tab), QCoreApplication.translate("DossierPolicyPage", u"Underwriting policy", None))
        self.new_car_ratio_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"New-car referral ratio", None))
        self.new_car_ratio_edit.setPlaceholderText(QCoreApplication.translate("DossierPolicyPage", u"referral value \u00f7 premium, e.g. 0.6", None))
        self.renewal_ratio_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Renewal referral ratio", None))
        self.renewal_ratio_edit.setPlaceholderText(QCoreApplication.translate("DossierPolicyPage", u"e.g. 1:1", None))
        self.min_monthly_premium_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Minimum monthly premium (\u00a5)", None))
        self.min_monthly_premium_edit.setPlaceholderText(QCoreApplication.translate("DossierPolicyPage", u"e.g. 15\u4e07", None))
        self.min_sales_share_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Minimum share of sales (%)", None))
        self.min_sales_share_edit.setPlaceholderText(QCoreApplication.translate("DossierPolicyPage", u"e.g. 50%", None))
        self.referral_brands_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Brands", None))
        self.referral_brands_edit.setPlaceholderText(QCoreApplication.translate("DossierPolicyPage", u"e.g. \u4e30\u7530\u3001\u96f7\u514b\u8428\u65af", None))
        self.policy_tabs.setTabText(self.policy_tabs.indexOf(self.repair_tab), QCoreApplication.translate("DossierPolicyPage", u"Repair-referral policy", None))
        self.take_up_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Expected take-up (%)", None))
        self.take_up_edit.setPlaceholderText(QCoreApplication.translate("DossierPolicyPage", u"share of its new cars we insure", None))
        self.average_premium_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Average premium per car (\u00a5)", None))
        self.renewal_premium_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Renewal premium a year (\u00a5)", None))
        self.mix_compulsory_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Compulsory share of premium (%)", None))
        self.mix_compulsory_edit.setPlaceholderText(QCoreApplication.translate("DossierPolicyPage", u"default 15", None))
        self.mix_commercial_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Commercial share of premium (%)", None))
        self.mix_commercial_edit.setPlaceholderText(QCoreApplication.translate("DossierPolicyPage", u"default 80", None))
        self.calculate_button.setText(QCoreApplication.translate("DossierPolicyPage", u"Calculate", None))
        self.economics_label.setText("")
        self.policy_tabs.setTabText(self.policy_tabs.indexOf(self.economics_tab), QCoreApplication.translate("DossierPolicyPage", u"Economics", None))
        self.policy_note_edit_label.setText(QCoreApplication.translate("DossierPolicyPage", u"Note", None))
    # retranslateUi

